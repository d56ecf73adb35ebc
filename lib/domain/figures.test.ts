import { describe, expect, it } from 'vitest';
import { type FigureIndicator, figuresByMonth, formatPoints, indicatorFigures, monthGrid, monthsToDate } from './figures';

const flow: FigureIndicator = { unit: 'cases', scale: 0, direction: 'higher', ratioRounding: 'half_up', aggregation: 'sum' };
const stock: FigureIndicator = { ...flow, aggregation: 'end' };
const months = (...xs: (number | null)[]) => [...xs, ...Array.from({ length: 12 - xs.length }, () => null)];

describe('indicatorFigures: the actual', () => {
  it('derives a flow as the total of the months, to date, with the latest month', () => {
    const f = indicatorFigures(flow, { plan: 1200, actual: null, prior: null, months: months(100, 110, 90, 100, 100, 100, 100) });
    expect(f.actual).toBe(700);
    expect(f.source).toBe('months');
    expect(f.toDate).toBe(true);
    expect(f.asOfMonth).toBe(10);
    expect(f.monthsElapsed).toBe(7);
    expect(f.text.actual).toBe('700件');
  });

  it('derives a stock as the latest month, not the total', () => {
    const f = indicatorFigures(stock, { plan: 500, actual: null, prior: 480, months: months(470, 475, 490) });
    expect(f.actual).toBe(490);
    expect(f.asOfMonth).toBe(6);
    expect(f.planToDate).toBe(500);
    expect(f.planRatio).toBe(980);
  });

  it('skips gaps: the as-of month is the latest entered, a flow totals what is there', () => {
    const f = indicatorFigures(flow, { plan: null, actual: null, prior: null, months: months(10, null, 5) });
    expect(f.actual).toBe(15);
    expect(f.asOfMonth).toBe(6);
    expect(f.monthsElapsed).toBe(3);
  });

  it('lets an entered annual figure override the months and says so', () => {
    const f = indicatorFigures(flow, { plan: 1200, actual: 1300, prior: null, months: months(100, 100) });
    expect(f.actual).toBe(1300);
    expect(f.source).toBe('entered');
    expect(f.toDate).toBe(false);
    expect(f.asOfMonth).toBeNull();
    expect(f.planRatio).toBe(1083);
  });

  it('takes twelve months as the full year (no as-of month, no forecast)', () => {
    const f = indicatorFigures(flow, { plan: 1200, actual: null, prior: 1000, months: Array.from({ length: 12 }, () => 100) });
    expect(f.actual).toBe(1200);
    expect(f.toDate).toBe(false);
    expect(f.asOfMonth).toBeNull();
    expect(f.forecast).toBeNull();
    expect(f.yoy).toBe(1200);
  });

  it('ignores months for an annual-only indicator', () => {
    const f = indicatorFigures({ ...flow, aggregation: 'annual' }, { plan: 10, actual: null, prior: null, months: months(5) });
    expect(f.actual).toBeNull();
    expect(f.text.actual).toBe('―');
    expect(f.status).toBeNull();
  });

  it('monthsToDate and monthGrid place calendar months in fiscal order', () => {
    const g = monthGrid([
      { month: 4, value: 1 },
      { month: 3, value: 9 },
      { month: 1, value: 7 },
    ]);
    expect(g[0]).toBe(1);
    expect(g[9]).toBe(7);
    expect(g[11]).toBe(9);
    expect(monthsToDate(g, 'sum', 11)).toBe(17);
    expect(monthsToDate(g, 'end', 9)).toBe(7);
  });
});

describe('indicatorFigures: plan, 計画比 and 進捗率', () => {
  it('compares a flow to date with the plan for the months elapsed, and 進捗率 with the annual plan', () => {
    const f = indicatorFigures(flow, { plan: 1200, actual: null, prior: null, months: months(100, 100, 100, 100, 100, 100, 90) });
    expect(f.planToDate).toBe(700);
    expect(f.planRatio).toBe(986); // 690 / 700
    expect(f.progressRate).toBe(575); // 690 / 1200
    expect(f.text.planRatio).toBe('98.6％');
    expect(f.text.progressRate).toBe('57.5％');
    expect(f.status).toBe('on_track');
  });

  it("rounds with the indicator's rounding: truncation 102.15 → 102.1, half up → 102.2", () => {
    const v = { plan: 50_000, actual: 51_076, prior: null };
    expect(indicatorFigures({ ...flow, ratioRounding: 'down' }, v).text.planRatio).toBe('102.1％');
    expect(indicatorFigures(flow, v).text.planRatio).toBe('102.2％');
  });

  it('judges status by direction: 代位弁済 below plan is ahead', () => {
    const lower = { ...flow, direction: 'lower' as const };
    expect(indicatorFigures(lower, { plan: 1000, actual: 863, prior: null }).status).toBe('ahead');
    expect(indicatorFigures(lower, { plan: 1000, actual: 1100, prior: null }).status).toBe('behind');
  });
});

describe('indicatorFigures: prior year and forecast', () => {
  const prior = months(80, 90, 100, 110, 100, 100, 120, 100, 100, 100, 100, 100); // total 1200, first 7: 700

  it('gives 前年同期比 against the same months, and no 前年度比 for a flow to date', () => {
    const f = indicatorFigures(flow, {
      plan: 1200,
      actual: null,
      prior: 1200,
      months: months(100, 100, 100, 100, 100, 100, 100),
      priorMonths: prior,
    });
    expect(f.priorToDate).toBe(700);
    expect(f.samePeriodYoy).toBe(1000);
    expect(f.yoy).toBeNull();
  });

  it("forecasts the year end from last year's monthly shape, labelled as such", () => {
    const f = indicatorFigures(flow, {
      plan: 1200,
      actual: null,
      prior: 1200,
      months: months(70, 70, 70, 70, 70, 70, 70),
      priorMonths: prior,
    });
    expect(f.actual).toBe(490);
    expect(f.forecast).toBe(840); // 490 × 1200 ÷ 700
    expect(f.forecastBasis).toBe('prior_shape');
    expect(f.forecastRatio).toBe(700);
  });

  it('forecasts a flow at its pace and a stock at its latest balance without a prior year', () => {
    const f = indicatorFigures(flow, { plan: null, actual: null, prior: null, months: months(100, 100, 100) });
    expect(f.forecast).toBe(1200);
    expect(f.forecastBasis).toBe('pace');
    const s = indicatorFigures(stock, { plan: null, actual: null, prior: null, months: months(100, 120) });
    expect(s.forecast).toBe(120);
    expect(s.forecastBasis).toBe('latest');
  });

  it('compares a stock to date with last year-end (前年度比) and with the same month last year', () => {
    const f = indicatorFigures(stock, { plan: null, actual: null, prior: 1000, months: months(1010, 1020), priorMonths: months(950, 980) });
    expect(f.yoy).toBe(1020);
    expect(f.samePeriodYoy).toBe(1041);
    expect(f.forecast).toBe(1041); // 1020 × 1000 ÷ 980
  });
});

describe('percentages: point changes', () => {
  const pct: FigureIndicator = { unit: 'percent', scale: 1, direction: 'higher', ratioRounding: 'half_up', aggregation: 'annual' };

  it('shows 前年度比 of a percentage as a point change, not a ratio of ratios', () => {
    const f = indicatorFigures(pct, { plan: null, actual: 521, prior: 452 });
    expect(f.isPoints).toBe(true);
    expect(f.yoy).toBe(69);
    expect(f.text.yoy).toBe('+6.9pt');
    expect(indicatorFigures(pct, { plan: null, actual: 440, prior: 452 }).text.yoy).toBe('△1.2pt');
  });

  it('formats points with a sign, △ for a fall and ± for none', () => {
    expect(formatPoints(0, 1)).toBe('±0.0pt');
    expect(formatPoints(5, 0)).toBe('+5pt');
    expect(formatPoints(null, 1)).toBe('―');
  });
});

describe('figuresByMonth', () => {
  it("gives null for a month not entered, and the latest month's figures are those of all the months (the panel's pace)", () => {
    for (const ind of [flow, stock]) {
      const v = { plan: 1200, actual: null, prior: 1100, months: months(100, null, 90, 120) };
      const byMonth = figuresByMonth(ind, v);
      expect(byMonth.map((f) => f === null)).toEqual([false, true, false, false, ...Array(8).fill(true)]);
      expect(byMonth[3]).toEqual(indicatorFigures(ind, v));
      expect(byMonth[2]?.actual).toBe(ind === flow ? 190 : 90);
    }
  });
});
