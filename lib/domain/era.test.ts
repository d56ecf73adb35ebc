import { describe, expect, it } from 'vitest';
import { fiscalYearLabel, fiscalYearSpan, parseFiscalYearLabel, titleNamesFiscalYear } from './era';

describe('fiscalYearLabel', () => {
  it.each([
    [2024, 'wareki', '令和6年度'],
    [2019, 'wareki', '令和元年度'],
    [2018, 'wareki', '平成30年度'],
    [2015, 'wareki', '平成27年度'],
    [1989, 'wareki', '平成元年度'],
    [2024, 'seireki', '2024年度'],
    [2015, 'seireki', '2015年度'],
    [2024, 'both', '令和6年度（2024年度）'],
    [2015, 'both', '平成27年度（2015年度）'],
  ] as const)('%i in %s → %s', (fy, style, expected) => expect(fiscalYearLabel(fy, style)).toBe(expected));

  it('writes full-width digits when asked', () => {
    expect(fiscalYearLabel(2024, 'wareki', 'full')).toBe('令和６年度');
    expect(fiscalYearLabel(2024, 'seireki', 'full')).toBe('２０２４年度');
  });

  it('spans years', () => {
    expect(fiscalYearSpan(2015, 2017)).toBe('平成27年度〜平成29年度');
    expect(fiscalYearSpan(2018, 2020, 'seireki')).toBe('2018年度〜2020年度');
    expect(fiscalYearSpan(2024, 2024)).toBe('令和6年度');
  });
});

describe('parseFiscalYearLabel', () => {
  it.each([
    ['2024', 2024],
    ['2024年度', 2024],
    ['２０２４年度', 2024],
    ['FY2024', 2024],
    ['令和6年度', 2024],
    ['令和６年度', 2024],
    ['令和元年度', 2019],
    ['平成31年度', 2019],
    ['平成27年度', 2015],
    ['H27', 2015],
    ['R6', 2024],
    ['昭和64年', 1989],
  ] as const)('%s → %i', (label, fy) => expect(parseFiscalYearLabel(label)).toBe(fy));

  it.each(['平成32年度', '令和0年度', '六年度', '', '2024年度末'])('refuses %s', (label) => expect(parseFiscalYearLabel(label)).toBeNull());
});

describe('titleNamesFiscalYear', () => {
  it('finds the first year in wareki or western digits, full-width too, and not inside another number', () => {
    expect(titleNamesFiscalYear('経営計画（平成27〜29年度）', 2015)).toBe(true);
    expect(titleNamesFiscalYear('経営計画（平成２７〜２９年度）', 2015)).toBe(true);
    expect(titleNamesFiscalYear('2015〜2017年度 中期事業計画', 2015)).toBe(true);
    expect(titleNamesFiscalYear('令和元年度からの経営計画', 2019)).toBe(true);
    expect(titleNamesFiscalYear('中期事業計画', 2015)).toBe(false);
    expect(titleNamesFiscalYear('経営計画（平成127年度）', 2015)).toBe(false);
    expect(titleNamesFiscalYear('第20151期計画', 2015)).toBe(false);
    expect(titleNamesFiscalYear('経営計画（令和3〜5年度）', 2015)).toBe(false);
  });
});
