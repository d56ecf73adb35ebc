import { describe, expect, it } from 'vitest';
import { type FigureIndicator, indicatorFigures } from './figures';
import { ratioFigureValues, ratioLinkProblem, ratioValue } from './figures-ratio';

const flowYen: FigureIndicator = { unit: 'yen', scale: 0, direction: 'lower', ratioRounding: 'half_up', aggregation: 'sum' };
const stockYen: FigureIndicator = { ...flowYen, direction: 'higher', aggregation: 'end' };
// 代位弁済率 as a percentage with two decimals (1.23％ is stored 123).
const rate: FigureIndicator = { unit: 'percent', scale: 2, direction: 'lower', ratioRounding: 'half_up', aggregation: 'ratio' };
const months = (...xs: (number | null)[]) => [...xs, ...Array.from({ length: 12 - xs.length }, () => null)];
const none = { plan: null, actual: null, prior: null };

describe('ratio indicators', () => {
  it('computes numerator ÷ denominator in the ratio unit and scale, rounded half up', () => {
    expect(ratioValue(rate, 1, flowYen, 300, stockYen)).toBe(33); // 0.333…％ → 0.33
    expect(ratioValue(rate, 1, flowYen, 80, stockYen)).toBe(125); // 1.25％
    expect(ratioValue({ ...rate, unit: 'multiple', scale: 2 }, 226, flowYen, 200, stockYen)).toBe(113); // 1.13倍
    // The parts' own scales count: 12.5 (scale 1) ÷ 50 = 25％.
    expect(ratioValue({ ...rate, scale: 0 }, 125, { ...flowYen, scale: 1 }, 50, stockYen)).toBe(25);
    expect(ratioValue(rate, 5, flowYen, 0, stockYen)).toBeNull();
    expect(ratioValue(rate, null, flowYen, 10, stockYen)).toBeNull();
  });

  it('derives each month from the flow to date over the stock at that month, and reads the latest like a stock', () => {
    // Subrogation (a flow) 10, 20, 30 so far; the balance (a stock) 1000, 1000, 2000.
    const v = ratioFigureValues(
      rate,
      { ...none, plan: 300 },
      { ind: flowYen, values: { ...none, months: months(10, 20, 30) } },
      { ind: stockYen, values: { ...none, months: months(1000, 1000, 2000) } },
    );
    expect(v.months?.slice(0, 4)).toEqual([100, 300, 300, null]); // 1.00％, 3.00％, 60/2000 = 3.00％
    const f = indicatorFigures(rate, v);
    expect(f.actual).toBe(300);
    expect(f.source).toBe('months');
    expect(f.toDate).toBe(true);
    expect(f.asOfMonth).toBe(6);
    expect(f.text.actual).toBe('3.00％');
    // A stock-like figure compares with the plan itself, not a pace.
    expect(f.planToDate).toBe(300);
    expect(f.planRatio).toBe(1000);
  });

  it('counts a month only when both parts have it', () => {
    const v = ratioFigureValues(
      rate,
      none,
      { ind: flowYen, values: { ...none, months: months(10, 20, 30, 40) } },
      { ind: stockYen, values: { ...none, months: months(1000, 1000) } },
    );
    expect(indicatorFigures(rate, v).asOfMonth).toBe(5);
  });

  it('ends a closed year on the ratio of the parts’ annual figures, and last year on their prior figures', () => {
    const v = ratioFigureValues(
      rate,
      none,
      { ind: flowYen, values: { plan: null, actual: 54, prior: 67, months: months(5, 5) } },
      { ind: stockYen, values: { plan: null, actual: 3600, prior: 3500 } },
    );
    const f = indicatorFigures(rate, v);
    expect(f.actual).toBe(150); // 54 ÷ 3600 = 1.50％
    expect(f.toDate).toBe(false);
    expect(f.prior).toBe(191); // 67 ÷ 3500 = 1.914…％
    expect(f.text.yoy).toBe('△0.41pt');
  });

  it('lets an annual figure entered on the ratio itself override the derived one, and says so', () => {
    const v = ratioFigureValues(
      rate,
      { plan: null, actual: 120, prior: null },
      { ind: flowYen, values: { ...none, months: months(10, 20, 30) } },
      { ind: stockYen, values: { ...none, months: months(1000, 1000, 2000) } },
    );
    const f = indicatorFigures(rate, v);
    expect(f.actual).toBe(120);
    expect(f.source).toBe('entered');
    expect(f.toDate).toBe(false);
    expect(f.text.actual).toBe('1.20％');
  });

  it('reads a ratio without parts from its own months, like a stock', () => {
    const f = indicatorFigures(rate, { ...none, months: months(150, 140) });
    expect(f.actual).toBe(140);
    expect(f.asOfMonth).toBe(5);
  });
});

describe('ratioLinkProblem', () => {
  const plan = [
    { id: 1, aggregation: 'sum', numeratorId: null, denominatorId: null },
    { id: 2, aggregation: 'end', numeratorId: null, denominatorId: null },
    { id: 3, aggregation: 'ratio', numeratorId: 1, denominatorId: 2 },
    { id: 4, aggregation: 'ratio', numeratorId: 3, denominatorId: 2 },
  ];
  it('accepts two indicators of the plan, or none (entered)', () => {
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: 1, denominatorId: 2 })).toBeNull();
    expect(ratioLinkProblem(plan, { id: null, numeratorId: 4, denominatorId: 2 })).toBeNull();
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: null, denominatorId: null })).toBeNull();
  });
  it('refuses one part only, itself, another plan’s indicator and a cycle', () => {
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: 1, denominatorId: null })).toBe('ratioParts');
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: 3, denominatorId: 2 })).toBe('ratioSelf');
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: 1, denominatorId: 99 })).toBe('ratioPartMissing');
    // 3 ÷ … through 4, which is 3 ÷ 2: back to 3.
    expect(ratioLinkProblem(plan, { id: 3, numeratorId: 4, denominatorId: 2 })).toBe('ratioCycle');
  });
});
