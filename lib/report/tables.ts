// The report's tables: 主要業務数値 (annual), the mid-term KPI table, and 収支計算書.
import type { AnnualActual, ReportData, ReportPlan } from '@/db/queries/report';
import { MISSING_MARK, formatIndicatorValue, formatInUnit, formatYen } from '@/lib/domain/money';
import { figuresOf } from '@/db/queries/figures';
import { type Figures, indicatorFigures } from '@/lib/domain/figures';
import { formatRatio } from '@/lib/domain/ratio';
import type { DisplayUnit, YenPrecision } from '@/lib/domain/types';
import { fiscalYearLabel } from '@/lib/domain/era';
import { unitNote } from '@/lib/domain/units';
import type { ReportTable } from './table-types';

/** An amount as a table prints it: 兆/億 style for 'oku', else a bare number in the unit. */
export function tableYen(value: number | null, unit: DisplayUnit, precision: YenPrecision): string {
  if (value === null) return MISSING_MARK;
  return unit === 'oku' ? formatYen(value, { precision, spaced: true }) : formatInUnit(value, unit);
}

/** `（94.4%）` as the 事業計画 table prints a year-on-year ratio. */
const inParens = (tenths: number | null) => `（${formatRatio(tenths, { ascii: true })}）`;
const fraction = (tenths: number | null) => (tenths === null ? null : tenths / 1000);

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

export function buildKpiTable(plan: ReportPlan, data: ReportData, unit: DisplayUnit): ReportTable {
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  let asOf: number | null = null;
  for (const p of kpiPairs(data.indicators)) {
    const c = p.count ? reportFigures(plan, data, p.count) : null;
    const a = reportFigures(plan, data, p.amount);
    asOf ??= a.asOfMonth ?? c?.asOfMonth ?? null;
    const count = c?.actual ?? null;
    // A year in progress compares with the same months of last year.
    const countYoy = c ? (c.toDate ? c.samePeriodYoy : c.yoy) : null;
    const amount = a.actual;
    const amountYoy = a.toDate ? a.samePeriodYoy : a.yoy;
    const planValue = a.plan;
    const planRatio = a.planRatio;
    display.push([
      p.name,
      `${formatIndicatorValue(count, 'cases', 0, { spaced: true })} ${inParens(countYoy)}`,
      `${tableYen(amount, unit, p.amount.yenPrecision)} ${inParens(amountYoy)}`,
      tableYen(planValue, unit, p.amount.yenPrecision),
      formatRatio(planRatio, { ascii: true }),
    ]);
    rows.push([p.name, count, fraction(countYoy), amount, fraction(amountYoy), planValue, fraction(planRatio)]);
  }
  return {
    key: 'kpi',
    title: '主要業務数値',
    unitNote: unitNote(unit),
    display: {
      head: ['', '件数', '金額', '計画値（金額）', '計画比（金額）'],
      rows: display,
      align: ['left', 'right', 'right', 'right', 'right'],
    },
    note:
      asOf === null
        ? '※カッコ内の数値は対前年度比を示しています。'
        : `※実績は${asOf}月末までの月次実績によります（途中経過）。カッコ内の数値は前年同期比、計画比は${asOf}月末までの計画に対する比率です。`,
    export: {
      columns: [
        { header: '項目', format: 'text' },
        { header: '件数', format: 'count' },
        { header: '件数 対前年度比', format: 'ratio' },
        { header: '金額', format: 'yen' },
        { header: '金額 対前年度比', format: 'ratio' },
        { header: '計画値（金額）', format: 'yen' },
        { header: '計画比（金額）', format: 'ratio' },
      ],
      rows,
    },
  };
}

export function buildFinancialTable(plan: ReportPlan, data: ReportData, unit: DisplayUnit): ReportTable {
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  for (const l of data.lines) {
    const change = l.amount === null || l.priorAmount === null ? null : l.amount - l.priorAmount;
    display.push([l.name, tableYen(l.amount, unit, 'man'), tableYen(change, unit, 'man')]);
    rows.push([l.name, l.amount, l.priorAmount, change]);
  }
  return {
    key: 'financial',
    title: '収支計算書',
    unitNote: unitNote(unit),
    display: { head: ['項目', '金額', '前年度比増減額'], rows: display, align: ['left', 'right', 'right'] },
    note: null,
    export: {
      columns: [
        { header: '項目', format: 'text' },
        { header: `金額（${plan.endYear}年度）`, format: 'yen' },
        { header: '前年度金額', format: 'yen' },
        { header: '前年度比増減額', format: 'yen' },
      ],
      rows,
    },
  };
}

/**
 * A mid-term plan's KPIs per year: 金額, 計画値, 対計画比, 対前年度比, and the period total.
 * Actuals come from the annual plans of each year (the annual records); the mid-term plan's own
 * values fill a year that has no annual record. Balances ('end') total as the last year's value.
 */
export function buildMidtermTable(plan: ReportPlan, data: ReportData, annual: AnnualActual[], unit: DisplayUnit): ReportTable {
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const display: string[][] = [];
  const rows: (string | number | null)[][] = [];
  for (const p of kpiPairs(data.indicators)) {
    const ind = p.amount;
    const own = (y: number) => data.values.find((v) => v.indicatorId === ind.id && v.fiscalYear === y);
    const rec = (y: number) => annual.find((a) => a.code === ind.code && a.fiscalYear === y);
    const actualOf = (y: number): number | null => rec(y)?.actualValue ?? own(y)?.actualValue ?? null;
    const priorOf = (y: number): number | null => actualOf(y - 1) ?? rec(y)?.priorActualValue ?? own(y)?.priorActualValue ?? null;
    const fmt = (v: number | null) => tableYen(v, unit, ind.yenPrecision);
    years.forEach((y, i) => {
      const actual = actualOf(y);
      const planValue = own(y)?.planValue ?? null;
      const f = indicatorFigures(ind, { plan: planValue, actual, prior: priorOf(y) }, unit);
      const planRatio = f.planRatio;
      const yoy = f.yoy;
      display.push([
        i === 0 ? p.name : '',
        fiscalYearLabel(y, data.organisation.eraStyle),
        fmt(actual),
        fmt(planValue),
        formatRatio(planRatio),
        formatRatio(yoy),
      ]);
      rows.push([p.name, y, actual, planValue, fraction(planRatio), fraction(yoy)]);
    });
    const actuals = years.map(actualOf);
    const plansV = years.map((y) => own(y)?.planValue ?? null);
    const complete = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? (xs as number[]) : null);
    const total = (xs: (number | null)[]) => {
      const c = complete(xs);
      if (!c) return null;
      return ind.aggregation === 'end' ? c[c.length - 1]! : c.reduce((s, x) => s + x, 0);
    };
    const totalActual = total(actuals);
    const totalPlan = total(plansV);
    const totalRatio = indicatorFigures(ind, { plan: totalPlan, actual: totalActual, prior: null }, unit).planRatio;
    const label = ind.aggregation === 'end' ? '期末' : '期間計';
    display.push(['', label, fmt(totalActual), fmt(totalPlan), formatRatio(totalRatio), MISSING_MARK]);
    rows.push([p.name, label, totalActual, totalPlan, fraction(totalRatio), null]);
  }
  return {
    key: 'midterm',
    title: '主要業務数値（中期）',
    unitNote: unitNote(unit),
    display: {
      head: ['', '年度', '金額', '計画値', '対計画比', '対前年度比'],
      rows: display,
      align: ['left', 'left', 'right', 'right', 'right', 'right'],
    },
    note: null,
    export: {
      columns: [
        { header: '項目', format: 'text' },
        { header: '年度', format: 'text' },
        { header: '金額', format: 'yen' },
        { header: '計画値', format: 'yen' },
        { header: '対計画比', format: 'ratio' },
        { header: '対前年度比', format: 'ratio' },
      ],
      rows,
    },
  };
}
