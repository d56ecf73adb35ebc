// An indicator over the fiscal years (the trends page and the drill-down's history): each
// year's figures by indicatorFigures, the open year's to date from its months.
import { type FigureIndicator, type Figures, indicatorFigures, monthGrid } from './figures';
import type { DisplayUnit } from './types';

export type HistoryRow = {
  fiscalYear: number;
  planKind: 'annual' | 'midterm';
  plan: number | null;
  actual: number | null;
  prior: number | null;
};
export type CodeMonth = { fiscalYear: number; month: number; value: number };

export type YearFigures = { year: number; annualPlan: number | null; midtermPlan: number | null; fig: Figures };

/**
 * One entry per fiscal year that has a record. The actual is the annual plan's record (else
 * the mid-term plan's), or derived from the months; the plan is the annual plan's (else the
 * mid-term's); the prior year is the recorded prior actual, else last year's actual.
 */
export function yearsFigures(
  ind: FigureIndicator,
  history: readonly HistoryRow[],
  months: readonly CodeMonth[],
  displayUnit: DisplayUnit,
): YearFigures[] {
  const years = [...new Set(history.map((h) => h.fiscalYear))].sort((a, b) => a - b);
  const gridOf = (y: number) => {
    const rows = months.filter((m) => m.fiscalYear === y);
    return rows.length ? monthGrid(rows) : null;
  };
  const out: YearFigures[] = [];
  for (const y of years) {
    const annual = history.find((h) => h.fiscalYear === y && h.planKind === 'annual');
    const midterm = history.find((h) => h.fiscalYear === y && h.planKind === 'midterm');
    const last = out.at(-1);
    const priorFromRecord = annual?.prior ?? midterm?.prior ?? null;
    const fig = indicatorFigures(
      ind,
      {
        plan: annual?.plan ?? midterm?.plan ?? null,
        actual: annual?.actual ?? midterm?.actual ?? null,
        prior: priorFromRecord ?? (last && last.year === y - 1 && !last.fig.toDate ? last.fig.actual : null),
        months: gridOf(y),
        priorMonths: gridOf(y - 1),
      },
      displayUnit,
    );
    out.push({ year: y, annualPlan: annual?.plan ?? null, midtermPlan: midterm?.plan ?? null, fig });
  }
  return out;
}
