// The year's workbook that retires the side spreadsheet: one sheet per area (indicators, monthly
// actuals, self-assessments, opinions and responses); numbers as numbers, frozen header rows,
// autofilters, widths. Labels come from the caller (messages, in the reader's language).
import ExcelJS from 'exceljs';
import type { WorkbookData } from '@/db/queries/workbook';
import { progressStatus, ratioTenths } from '@/lib/domain/ratio';
import type { DisplayUnit } from '@/lib/domain/types';
import { DISPLAY_UNIT_WORD, DISPLAY_UNIT_YEN } from '@/lib/domain/units';
import { FISCAL_MONTHS } from './months';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Col = { key: string; header: string; width: number; numFmt?: string; wrap?: boolean };

const scaled = (v: number | null, scale: number) => (v === null ? null : v / 10 ** scale);
const ratio = (tenths: number | null) => (tenths === null ? null : tenths / 1000);

function sheet(wb: ExcelJS.Workbook, name: string, title: string, cols: Col[], rows: unknown[][]) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]).font = { bold: true };
  const head = ws.addRow(cols.map((c) => c.header));
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
  for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.numFmt) col.numFmt = c.numFmt;
    if (c.wrap) col.alignment = { wrapText: true, vertical: 'top' };
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 2 }];
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + rows.length, column: cols.length } };
  return ws;
}

/** One fiscal year of the plan and how the document labels it (平成27年度, 2015年度 …). */
export type WorkbookYear = { fiscalYear: number; label: string };

export async function yearWorkbook(
  data: WorkbookData,
  opts: {
    year: number;
    asOf: string;
    t: Translate;
    narrativeVisible: (status: string | null) => boolean;
    /** The plan's years (one for an annual plan); the first is the title's year when there is one. */
    years?: WorkbookYear[];
    /** The plan's display unit: amounts in a plain unit (百万円 …) are written in it. */
    unit?: DisplayUnit;
  },
): Promise<Buffer> {
  const { t } = opts;
  const years = opts.years ?? [{ fiscalYear: opts.year, label: String(opts.year) }];
  const multi = years.length > 1;
  // The mixed 兆/億/万 form has no single unit: its amounts stay in whole yen.
  const plain = opts.unit && opts.unit !== 'oku' && opts.unit !== 'yen' ? opts.unit : null;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hyoka';
  const title = t('title', { year: opts.year, date: opts.asOf });
  const c = (key: string, width: number, extra: Partial<Col> = {}): Col => ({ key, header: t(`cols.${key}`), width, ...extra });
  // A mid-term plan's figures repeat per year, each column headed by its year.
  const perYear = (y: WorkbookYear, col: Col): Col =>
    multi ? { ...col, key: `${col.key}-${y.fiscalYear}`, header: t('cols.ofYear', { year: y.label, column: col.header }) } : col;
  const num = '#,##0.##;"△"#,##0.##';
  const pct = '0.0%';
  type Ind = WorkbookData['indicators'][number];
  const amount = (i: Ind, v: number | null) => (plain && i.unit === 'yen' && v !== null ? v / DISPLAY_UNIT_YEN[plain] : scaled(v, i.scale));
  const unitWord = (i: Ind) => (plain && i.unit === 'yen' ? DISPLAY_UNIT_WORD[plain] : t(`units.${i.unit}`));

  sheet(
    wb,
    t('sheets.indicators'),
    title,
    [
      c('code', 12),
      c('name', 36),
      c('department', 16),
      c('section', 28),
      c('unit', 8),
      ...years.flatMap((y) =>
        [
          c('plan', 18, { numFmt: num }),
          c('actual', 18, { numFmt: num }),
          c('prior', 18, { numFmt: num }),
          c('planRatio', 10, { numFmt: pct }),
          c('yoyRatio', 10, { numFmt: pct }),
          c('status', 10),
        ].map((col) => perYear(y, col)),
      ),
    ],
    data.indicators.map((i) => [
      i.code,
      i.name,
      i.departmentName,
      i.sectionTitle ? `${i.sectionNumber ?? ''} ${i.sectionTitle}`.trim() : null,
      unitWord(i),
      ...years.flatMap(({ fiscalYear }) => {
        const v = i.years[fiscalYear];
        const planValue = v?.planValue ?? null;
        const actualValue = v?.actualValue ?? null;
        // Within a mid-term plan the year before's actual is the prior year's figure when entered.
        const priorValue = i.years[fiscalYear - 1]?.actualValue ?? v?.priorActualValue ?? null;
        const planTenths = ratioTenths(actualValue, planValue, i.ratioRounding);
        const status = progressStatus(planTenths, i.direction);
        return [
          amount(i, planValue),
          amount(i, actualValue),
          amount(i, priorValue),
          ratio(planTenths),
          ratio(ratioTenths(actualValue, priorValue, i.ratioRounding)),
          status ? t(`progress.${status}`) : null,
        ];
      }),
    ]),
  );

  const byIndicatorYear = new Map<string, Map<number, number>>();
  for (const m of data.months) {
    const key = `${m.indicatorId}:${m.fiscalYear}`;
    const map = byIndicatorYear.get(key) ?? new Map<number, number>();
    map.set(m.month, m.value);
    byIndicatorYear.set(key, map);
  }
  sheet(
    wb,
    t('sheets.monthly'),
    title,
    [
      c('code', 12),
      c('name', 36),
      ...(multi ? [c('fiscalYear', 12)] : []),
      ...FISCAL_MONTHS.map((m) => ({ key: `m${m}`, header: t('cols.month', { month: m }), width: 14, numFmt: num })),
    ],
    years.flatMap((y) =>
      data.indicators.flatMap((i) => {
        const months = byIndicatorYear.get(`${i.id}:${y.fiscalYear}`);
        if (!months) return [];
        return [[i.code, i.name, ...(multi ? [y.label] : []), ...FISCAL_MONTHS.map((m) => amount(i, months.get(m) ?? null))]];
      }),
    ),
  );

  sheet(
    wb,
    t('sheets.sections'),
    title,
    [
      c('number', 8),
      c('title', 32),
      c('department', 16),
      c('assessmentStatus', 10),
      c('rating', 8),
      c('narrative', 90, { wrap: true }),
      c('updatedAt', 20),
    ],
    data.sections.map((s) => {
      const visible = opts.narrativeVisible(s.status);
      return [
        s.number,
        s.title,
        s.departmentName,
        t(`assessment.${s.status ?? 'none'}`),
        visible ? s.rating : null,
        visible ? (s.narrative ?? '') : null,
        s.updatedAt,
      ];
    }),
  );

  sheet(
    wb,
    t('sheets.opinions'),
    title,
    [
      c('department', 16),
      c('section', 28),
      c('opinion', 70, { wrap: true }),
      c('finalizedAt', 20),
      c('response', 70, { wrap: true }),
      c('responseState', 10),
    ],
    data.opinions.map((o) => [
      o.departmentName,
      o.sectionTitle,
      o.text,
      o.finalizedAt,
      o.response ?? '',
      t(`response.${o.responseState ?? 'none'}`),
    ]),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
