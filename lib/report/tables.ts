// The report's tables: the annual KPI pairs, the mid-term KPIs per year and the financial lines.
// What each prints (title, columns, note, unit, row order) is the table section's spec
// (lib/domain/table-spec.ts); the figures are computed here, one function per layout.
import type { AnnualActual, ReportData, ReportPlan } from '@/db/queries/report';
import { MISSING_MARK, formatIndicatorValue, formatInUnit, formatYen } from '@/lib/domain/money';
import { figuresOf } from '@/db/queries/figures';
import { type Figures, indicatorFigures } from '@/lib/domain/figures';
import { formatRatio, ratioTenths } from '@/lib/domain/ratio';
import {
  effectiveSpec,
  inRowOrder,
  type TableColumnKey,
  type TableSpec,
  type TableWords,
  tableWords,
  WITH_YOY,
} from '@/lib/domain/table-spec';
import type { DisplayUnit, YenPrecision } from '@/lib/domain/types';
import { unitNote } from '@/lib/domain/units';
import { exportLayout } from './table-export';
import type { ReportTable } from './table-types';

/** An amount as a table prints it: 兆/億 style for 'oku', else a bare number in the unit. */
export function tableYen(value: number | null, unit: DisplayUnit, precision: YenPrecision): string {
  if (value === null) return MISSING_MARK;
  return unit === 'oku' ? formatYen(value, { precision, spaced: true }) : formatInUnit(value, unit);
}

/** `（94.4%）` as the 事業計画 table prints a year-on-year ratio. */
const inParens = (tenths: number | null) => `（${formatRatio(tenths, { ascii: true })}）`;
const fraction = (tenths: number | null) => (tenths === null ? null : tenths / 1000);
/** 達成 / 概ね達成 / 未達 against plan, in the indicator's direction; ― without a plan ratio. */
const statusWordOf = (words: TableWords) => (f: Pick<Figures, 'status'>) => (f.status ? words[f.status] : MISSING_MARK);

type Ind = ReportData['indicators'][number];

/** Count/amount pairs (pairKey) in indicator order. */
export function kpiPairs(indicators: Ind[]): { key: string; name: string; count: Ind | null; amount: Ind }[] {
  const order: string[] = [];
  const byKey = new Map<string, { count: Ind | null; amount: Ind | null }>();
  for (const ind of indicators) {
    if (!ind.pairKey || !ind.measure) continue;
    if (!byKey.has(ind.pairKey)) {
      order.push(ind.pairKey);
      byKey.set(ind.pairKey, { count: null, amount: null });
    }
    byKey.get(ind.pairKey)![ind.measure] = ind;
  }
  return order.flatMap((key) => {
    const p = byKey.get(key)!;
    if (!p.amount) return [];
    return [{ key, name: p.amount.name.replace(/（[^（）]*）$/, ''), count: p.count, amount: p.amount }];
  });
}

/** The display figures of an indicator in the plan's (last) year, as every page computes them. */
export function reportFigures(plan: ReportPlan, data: ReportData, ind: Ind): Figures {
  const v = data.values.find((x) => x.indicatorId === ind.id && x.fiscalYear === plan.endYear);
  const row = {
    ...ind,
    planValue: v?.planValue ?? null,
    actualValue: v?.actualValue ?? null,
    priorActualValue: v?.priorActualValue ?? null,
  };
  return figuresOf(row, data.grids, data.organisation.displayUnit);
}

/** Which table a section prints and how: its stored spec (or its kind's default) and its title. */
export type TableSetup = { spec?: TableSpec | null; sectionTitle?: string };

type Cells = Partial<Record<TableColumnKey, string>>;

/** The printed row: the stub, then each column of the spec (― where the layout has no figure). */
function displayRow(stub: string, spec: TableSpec, cells: Cells, yoy: Record<'count' | 'amount', string>): string[] {
  return [
    stub,
    ...spec.columns.map((c) => {
      const v = cells[c.key] ?? MISSING_MARK;
      return c.withYoy && WITH_YOY.has(c.key) ? `${v} ${yoy[c.key as 'count' | 'amount']}` : v;
    }),
  ];
}

function tableShape(spec: TableSpec, setup: TableSetup, unit: DisplayUnit, rows: string[][]) {
  return {
    title: spec.title || setup.sectionTitle || '',
    unitNote: unitNote(unit),
    display: {
      head: [spec.stubLabel, ...spec.columns.map((c) => c.label)],
      rows,
      align: ['left' as const, ...spec.columns.map((c) => (c.key === 'year' ? ('left' as const) : ('right' as const)))],
    },
    note: spec.note || null,
  };
}

/** The note of a table whose actuals run to date: one month for all, or the range when the rows differ. */
export function toDateNote(months: number[]): string {
  const byFiscal = [...months].sort((x, y) => ((x + 8) % 12) - ((y + 8) % 12));
  const first = byFiscal[0]!;
  const last = byFiscal.at(-1)!;
  if (first === last) {
    return `※実績は${last}月末までの月次実績によります（途中経過）。カッコ内の数値は前年同期比、計画比は${last}月末までの計画に対する比率です。`;
  }
  return `※実績は項目ごとに入力済みの月（${first}月末〜${last}月末）までの月次実績によります（途中経過）。カッコ内の数値は前年同期比、計画比は同じ月までの計画に対する比率です。`;
}

export function buildKpiTable(plan: ReportPlan, data: ReportData, orgUnit: DisplayUnit, setup: TableSetup = {}): ReportTable {
  const spec = effectiveSpec('kpi', setup.spec);
  const statusWord = statusWordOf(tableWords(spec));
  const unit = spec.unit ?? orgUnit;
  const out = exportLayout(spec, unit);
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  const asOfMonths = new Set<number>();
  for (const p of inRowOrder(kpiPairs(data.indicators), (x) => x.key, spec.rowOrder)) {
    const c = p.count ? reportFigures(plan, data, p.count) : null;
    const a = reportFigures(plan, data, p.amount);
    for (const m of [a.asOfMonth, c?.asOfMonth]) if (m != null) asOfMonths.add(m);
    const count = c?.actual ?? null;
    // A year in progress compares with the same months of last year.
    const countYoy = c ? (c.toDate ? c.samePeriodYoy : c.yoy) : null;
    const amount = a.actual;
    const prior = a.toDate ? a.priorToDate : a.prior;
    const amountYoy = a.toDate ? a.samePeriodYoy : a.yoy;
    const planValue = a.plan;
    const planRatio = a.planRatio;
    const yen = (v: number | null) => tableYen(v, unit, p.amount.yenPrecision);
    const ratio = (t: number | null) => formatRatio(t, { ascii: true });
    const cells: Cells = {
      count: formatIndicatorValue(count, p.count?.unit ?? 'cases', 0, { spaced: true }),
      amount: yen(amount),
      plan: yen(planValue),
      plan_ratio: ratio(planRatio),
      yoy: ratio(amountYoy),
      count_yoy: ratio(countYoy),
      change: yen(amount === null || prior === null ? null : amount - prior),
      prior: yen(prior),
      status: statusWord(a),
    };
    display.push(displayRow(p.name, spec, cells, { count: inParens(countYoy), amount: inParens(amountYoy) }));
    rows.push(
      out.row(
        p.name,
        {
          count,
          amount,
          plan: planValue,
          plan_ratio: fraction(planRatio),
          yoy: fraction(amountYoy),
          count_yoy: fraction(countYoy),
          change: amount === null || prior === null ? null : amount - prior,
          prior,
          status: cells.status,
        },
        { count: fraction(countYoy), amount: fraction(amountYoy) },
      ),
    );
  }
  return {
    key: 'kpi',
    ...tableShape(spec, setup, unit, display),
    // A year in progress replaces the table's note: its brackets hold 前年同期比, not 前年度比.
    ...(asOfMonths.size === 0 ? {} : { note: toDateNote([...asOfMonths]) }),
    export: { columns: out.columns, rows },
  };
}

export function buildFinancialTable(_plan: ReportPlan, data: ReportData, orgUnit: DisplayUnit, setup: TableSetup = {}): ReportTable {
  const spec = effectiveSpec('financial', setup.spec);
  const unit = spec.unit ?? orgUnit;
  const out = exportLayout(spec, unit);
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  for (const l of inRowOrder(data.lines, (x) => x.name, spec.rowOrder)) {
    const change = l.amount === null || l.priorAmount === null ? null : l.amount - l.priorAmount;
    const yoy = ratioTenths(l.amount, l.priorAmount, 'half_up');
    const cells: Cells = {
      amount: tableYen(l.amount, unit, 'man'),
      prior: tableYen(l.priorAmount, unit, 'man'),
      change: tableYen(change, unit, 'man'),
      yoy: formatRatio(yoy, { ascii: true }),
    };
    display.push(displayRow(l.name, spec, cells, { count: '', amount: inParens(yoy) }));
    rows.push(
      out.row(l.name, { amount: l.amount, prior: l.priorAmount, change, yoy: fraction(yoy) }, { count: null, amount: fraction(yoy) }),
    );
  }
  return {
    key: 'financial',
    ...tableShape(spec, setup, unit, display),
    export: { columns: out.columns, rows },
  };
}

/**
 * A mid-term plan's KPIs per year: the spec's columns (金額, 計画値, 対計画比, 対前年度比 …) on a
 * row per year, and the period total. Actuals come from the annual plans of each year (the
 * annual records); the mid-term plan's own values fill a year that has no annual record.
 * Balances ('end') total as the last year's value.
 */
export function buildMidtermTable(
  plan: ReportPlan,
  data: ReportData,
  annual: AnnualActual[],
  orgUnit: DisplayUnit,
  setup: TableSetup & { yearLabel?: (fiscalYear: number) => string } = {},
): ReportTable {
  // A spec without a year column is an annual table's (a plan copied from an annual one): a row
  // per year cannot print without its year, so the mid-term default is used instead.
  const spec = effectiveSpec('midterm', setup.spec?.columns.some((c) => c.key === 'year') ? setup.spec : null);
  const words = tableWords(spec);
  const statusWord = statusWordOf(words);
  const unit = spec.unit ?? orgUnit;
  const yearLabel = setup.yearLabel ?? ((y: number) => `${y}年度`);
  const out = exportLayout(spec, unit);
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  for (const p of inRowOrder(kpiPairs(data.indicators), (x) => x.key, spec.rowOrder)) {
    const series = (ind: Ind) => {
      const own = (y: number) => data.values.find((v) => v.indicatorId === ind.id && v.fiscalYear === y);
      const rec = (y: number) => annual.find((a) => a.code === ind.code && a.fiscalYear === y);
      const actualOf = (y: number): number | null => rec(y)?.actualValue ?? own(y)?.actualValue ?? null;
      const priorOf = (y: number): number | null => actualOf(y - 1) ?? rec(y)?.priorActualValue ?? own(y)?.priorActualValue ?? null;
      return { own, actualOf, priorOf };
    };
    const ind = p.amount;
    const { own, actualOf, priorOf } = series(ind);
    const countOf = p.count ? series(p.count).actualOf : () => null;
    const countUnit = p.count?.unit ?? 'cases';
    const fmt = (v: number | null) => tableYen(v, unit, ind.yenPrecision);
    years.forEach((y, i) => {
      const actual = actualOf(y);
      const prior = priorOf(y);
      const planValue = own(y)?.planValue ?? null;
      const f = indicatorFigures(ind, { plan: planValue, actual, prior }, unit);
      const planRatio = f.planRatio;
      const yoy = f.yoy;
      const cells: Cells = {
        year: yearLabel(y),
        count: formatIndicatorValue(countOf(y), countUnit, 0, { spaced: true }),
        amount: fmt(actual),
        plan: fmt(planValue),
        plan_ratio: formatRatio(planRatio),
        yoy: formatRatio(yoy),
        change: fmt(actual === null || prior === null ? null : actual - prior),
        prior: fmt(prior),
        status: statusWord(f),
      };
      display.push(displayRow(i === 0 ? p.name : '', spec, cells, { count: '', amount: `（${formatRatio(yoy)}）` }));
      const change = actual === null || prior === null ? null : actual - prior;
      rows.push(
        out.row(
          p.name,
          {
            year: cells.year,
            count: countOf(y),
            amount: actual,
            plan: planValue,
            plan_ratio: fraction(planRatio),
            yoy: fraction(yoy),
            change,
            prior,
            status: cells.status,
          },
          { count: null, amount: fraction(yoy) },
        ),
      );
    });
    const complete = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? (xs as number[]) : null);
    const total = (xs: (number | null)[]) => {
      const c = complete(xs);
      if (!c) return null;
      return ind.aggregation === 'end' || ind.aggregation === 'ratio' ? c[c.length - 1]! : c.reduce((s, x) => s + x, 0);
    };
    const totalActual = total(years.map(actualOf));
    const totalPlan = total(years.map((y) => own(y)?.planValue ?? null));
    const totalFigures = indicatorFigures(ind, { plan: totalPlan, actual: totalActual, prior: null }, unit);
    const totalRatio = totalFigures.planRatio;
    const label = ind.aggregation === 'end' || ind.aggregation === 'ratio' ? words.periodEnd : words.periodTotal;
    const totals: Cells = {
      year: label,
      amount: fmt(totalActual),
      plan: fmt(totalPlan),
      plan_ratio: formatRatio(totalRatio),
      status: statusWord(totalFigures),
    };
    display.push(displayRow('', spec, totals, { count: '', amount: '' }).map((c) => c.trimEnd()));
    rows.push(
      out.row(p.name, { year: label, amount: totalActual, plan: totalPlan, plan_ratio: fraction(totalRatio), status: totals.status }),
    );
  }
  return {
    key: 'midterm',
    ...tableShape(spec, setup, unit, display),
    export: { columns: out.columns, rows },
  };
}
