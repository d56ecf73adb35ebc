// The year's workbook that retires the side spreadsheet: one sheet per area (indicators, monthly
// actuals, self-assessments, opinions and responses); numbers as numbers, frozen header rows,
// autofilters, widths. Labels come from the caller (messages, in the reader's language).
import ExcelJS from 'exceljs';
import type { WorkbookData } from '@/db/queries/workbook';
import { progressStatus, ratioTenths } from '@/lib/domain/ratio';
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

export async function yearWorkbook(
  data: WorkbookData,
  opts: { year: number; asOf: string; t: Translate; narrativeVisible: (status: string | null) => boolean },
): Promise<Buffer> {
  const { t } = opts;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Hyoka';
  const title = t('title', { year: opts.year, date: opts.asOf });
  const c = (key: string, width: number, extra: Partial<Col> = {}): Col => ({ key, header: t(`cols.${key}`), width, ...extra });
  const num = '#,##0.##;"△"#,##0.##';
  const pct = '0.0%';

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
      c('plan', 18, { numFmt: num }),
      c('actual', 18, { numFmt: num }),
      c('prior', 18, { numFmt: num }),
      c('planRatio', 10, { numFmt: pct }),
      c('yoyRatio', 10, { numFmt: pct }),
      c('status', 10),
    ],
    data.indicators.map((i) => {
      const planTenths = ratioTenths(i.actualValue, i.planValue, i.ratioRounding);
      const status = progressStatus(planTenths, i.direction);
      return [
        i.code,
        i.name,
        i.departmentName,
        i.sectionTitle ? `${i.sectionNumber ?? ''} ${i.sectionTitle}`.trim() : null,
        t(`units.${i.unit}`),
        scaled(i.planValue, i.scale),
        scaled(i.actualValue, i.scale),
        scaled(i.priorActualValue, i.scale),
        ratio(planTenths),
        ratio(ratioTenths(i.actualValue, i.priorActualValue, i.ratioRounding)),
        status ? t(`progress.${status}`) : null,
      ];
    }),
  );

  const byIndicator = new Map<number, Map<number, number>>();
  for (const m of data.months) {
    const map = byIndicator.get(m.indicatorId) ?? new Map<number, number>();
    map.set(m.month, m.value);
    byIndicator.set(m.indicatorId, map);
  }
  sheet(
    wb,
    t('sheets.monthly'),
    title,
    [
      c('code', 12),
      c('name', 36),
      ...FISCAL_MONTHS.map((m) => ({ key: `m${m}`, header: t('cols.month', { month: m }), width: 14, numFmt: num })),
    ],
    data.indicators
      .filter((i) => byIndicator.has(i.id))
      .map((i) => [i.code, i.name, ...FISCAL_MONTHS.map((m) => scaled(byIndicator.get(i.id)?.get(m) ?? null, i.scale))]),
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
