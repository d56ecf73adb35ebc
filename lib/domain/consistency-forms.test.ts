// The consistency checker on the prose forms other corporations write (not Tokyo's): ratio labels
// 前年比 / 対前年比 / 前年度比 / 同 / 対計画比 / 計画比 / 達成率, a ratio after a count and an amount,
// counts in 件 / 者 / 社 / 先 / 機関 / 回, a doubled unit, and figures no indicator claims.
import { describe, expect, it } from 'vitest';
import { type CheckIndicator, checkNarrative, reviewNarrative, warningCount, warningsOf } from './consistency';
import { extractFigures } from './quoted-figures';

const ind = (over: Partial<CheckIndicator> & Pick<CheckIndicator, 'id' | 'name' | 'unit'>): CheckIndicator => ({
  aliases: [],
  scale: 0,
  ratioRounding: 'half_up',
  planValue: null,
  actualValue: null,
  priorActualValue: null,
  ...over,
});

const count = ind({ id: 1, name: '保証承諾件数', aliases: ['保証承諾'], unit: 'cases', actualValue: 48, priorActualValue: 50 });
const amount = ind({
  id: 2,
  name: '保証承諾金額',
  aliases: ['保証承諾'],
  unit: 'yen',
  planValue: 300_000_000,
  actualValue: 273_000_000,
  priorActualValue: 242_900_000,
});
const summary = (narrative: string, list: CheckIndicator[]) =>
  checkNarrative(narrative, list).map((c) => [c.indicatorId, c.field, c.quoted, c.ok]);

describe('ratio labels of other corporations', () => {
  it('reads (前年比112.4%) after a count and an amount as the amount’s year-on-year ratio', () => {
    expect(summary('保証承諾は48件 2億7,300万円(前年比112.4%)となった。', [count, amount])).toEqual([
      [1, 'actual', '48件', true],
      [2, 'actual', '2億7,300万円', true],
      [2, 'yoy', '前年比112.4%', true],
    ]);
  });
  it('reads 対前年比, then 同 as the same label', () => {
    const c = { ...count, actualValue: 8_215, priorActualValue: 8_332 };
    const a = { ...amount, actualValue: 1_234_000_000, priorActualValue: 1_195_700_000 };
    expect(summary('保証承諾件数は8,215件(対前年比98.6%)、保証承諾金額は12億3,400万円(同103.2%)。', [c, a])).toEqual([
      [1, 'actual', '8,215件', true],
      [1, 'yoy', '対前年比98.6%', true],
      [2, 'actual', '12億3,400万円', true],
      [2, 'yoy', '同103.2%', true],
    ]);
  });
  it('reads 対計画比, 計画比 and 達成率 as plan ratios, and 前年度比 as year-on-year', () => {
    expect(summary('保証承諾金額は2億7,300万円（対計画比91.0％、前年度比112.4％）。', [amount])).toEqual([
      [2, 'actual', '2億7,300万円', true],
      [2, 'plan_ratio', '対計画比91.0％', true],
      [2, 'yoy', '前年度比112.4％', true],
    ]);
    expect(summary('保証承諾金額の達成率は91.0%となった。', [amount])).toEqual([[2, 'plan_ratio', '達成率は91.0%', true]]);
    expect(summary('保証承諾金額は計画比95.0%。', [amount])).toEqual([[2, 'plan_ratio', '計画比95.0%', false]]);
  });
  it('reads a bare 同 after a plan ratio as a plan ratio, also in the next sentence', () => {
    const figures = extractFigures('件数は計画比92.0％、金額は同91.0％。');
    expect(figures.map((f) => f.ratios.map((r) => [r.kind, r.text]))).toEqual([[['plan', '計画比92.0％']], [['plan', '同91.0％']]]);
  });
});

describe('counts in 件 / 者 / 社 / 先 / 機関 / 回', () => {
  const list = [
    ind({ id: 1, name: '連携金融機関', unit: 'institutions', actualValue: 12 }),
    ind({ id: 2, name: '支援先', unit: 'clients', actualValue: 5_907 }),
    ind({ id: 3, name: '創業企業', unit: 'companies', actualValue: 128 }),
    ind({ id: 4, name: '訪問', unit: 'times', actualValue: 835 }),
    ind({ id: 5, name: '相談者', unit: 'businesses', actualValue: 701 }),
    ind({ id: 6, name: '相談件数', unit: 'cases', actualValue: 51_234 }),
  ];
  it('checks each against the indicator of that unit', () => {
    const text = '連携金融機関は１２機関、支援先は5,907先、創業企業は128社、訪問は835回、相談者は701者、相談件数は約5.1万件。';
    expect(summary(text, list)).toEqual([
      [1, 'actual', '１２機関', true],
      [2, 'actual', '5,907先', true],
      [3, 'actual', '128社', true],
      [4, 'actual', '835回', true],
      [5, 'actual', '701者', true],
      [6, 'actual', '5.1万件', true],
    ]);
  });
  it('does not read a count as an amount of another unit', () => {
    expect(summary('創業企業は128件。', list)).toEqual([]);
    expect(summary('相談件数は約5.2万件。', list)).toEqual([[6, 'actual', '5.2万件', false]]);
  });
});

describe('unreadable figures', () => {
  it('flags a doubled unit instead of reading the figure before it', () => {
    const r = reviewNarrative('保証承諾金額は2億1,500万円億円となった。', [amount]);
    expect(r.checks).toEqual([]);
    expect(r.unreadable.map((u) => [u.figure.text, u.figure.unreadable])).toEqual([['2億1,500万円億円', 'doubled_unit']]);
    expect(warningCount(r)).toBe(1);
  });
  it('flags units out of order and a repeated count word', () => {
    const r = reviewNarrative('金額は2万3億円、件数は5件件。', []);
    expect(r.unreadable.map((u) => [u.figure.text, u.figure.unreadable])).toEqual([
      ['2万3億円', 'bad_unit_order'],
      ['5件件', 'doubled_unit'],
    ]);
  });
});

describe('figures no indicator claims', () => {
  it('lists them as not checked, beside the checked ones', () => {
    const r = reviewNarrative('保証承諾金額は2億7,300万円、うち創業関連は3,000万円。景況は15.2%改善した。', [amount]);
    expect(r.checks.map((c) => [c.quoted, c.ok])).toEqual([['2億7,300万円', true]]);
    expect(r.unchecked.map((u) => u.figure.text)).toEqual(['3,000万円', '15.2%']);
    expect(warningsOf(r.checks)).toEqual([]);
    expect(warningCount(r)).toBe(0);
  });
  it('lists a claimed figure whose indicator has no value yet as not checked', () => {
    const r = reviewNarrative('保証承諾金額は2億7,300万円。', [{ ...amount, actualValue: null }]);
    expect(r.unchecked.map((u) => u.figure.text)).toEqual(['2億7,300万円']);
  });
});
