import { describe, expect, it } from 'vitest';
import { checkableIndicator, fromWireIndicator, workspaceFigures } from '@/components/sections/types';

const months = (v: number | null) => Array.from({ length: 12 }, () => v);
const indicator = (actual: number) =>
  fromWireIndicator({
    id: 1,
    code: 'guarantee_approvals_amount',
    name: '保証承諾',
    unit: 'yen',
    yenPrecision: 'oku',
    planValue: 1_200_000_000_000,
    actualValue: actual,
    priorActualValue: 1_198_500_000_000,
    version: 1,
    aggregation: 'sum',
    monthly: months(null),
    priorMonthly: months(null),
  });

describe('a section page’s figures', () => {
  it('are worked out once per loaded indicator, however many parts of the page ask', () => {
    const i = indicator(1_106_400_000_000);
    const first = workspaceFigures(i);
    expect(first.text.actual).toBe('1兆1,064億円');
    expect(first.text.planRatio).toBe('92.2％');
    expect(workspaceFigures(i)).toBe(first);
    // Another indicator object (the next request's, or one reloaded) is worked out on its own.
    const other = indicator(1_200_000_000_000);
    expect(workspaceFigures(other).text.planRatio).toBe('100.0％');
  });

  it('follow what is being typed, never the kept figures', () => {
    const i = indicator(1_106_400_000_000);
    const kept = workspaceFigures(i);
    const live = workspaceFigures(i, { actual: 600_000_000_000, prior: 1_198_500_000_000, monthly: months(null) });
    expect(live).not.toBe(kept);
    expect(live.text.planRatio).toBe('50.0％');
    expect(workspaceFigures(i).text.planRatio).toBe('92.2％');
  });

  it('give the checker one view of a loaded indicator, and a new one while figures are typed', () => {
    const i = indicator(1_106_400_000_000);
    const settled = checkableIndicator(i);
    expect(settled.actualValue).toBe(1_106_400_000_000);
    expect(checkableIndicator(i)).toBe(settled);
    const typed = checkableIndicator(i, { actual: 600_000_000_000, prior: null, monthly: months(null) });
    expect(typed).not.toBe(settled);
    expect(typed.actualValue).toBe(600_000_000_000);
    expect(checkableIndicator(i).actualValue).toBe(1_106_400_000_000);
  });
});
