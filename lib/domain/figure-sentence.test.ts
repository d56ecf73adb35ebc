import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE_SENTENCES, figureSentence, fillTemplate, templateProblems } from './figure-sentence';
import { type FigureIndicator, indicatorFigures } from './figures';

const yen: FigureIndicator = { unit: 'yen', scale: 0, direction: 'higher', ratioRounding: 'down', aggregation: 'sum', yenPrecision: 'oku' };
const cases: FigureIndicator = { ...yen, unit: 'cases' };

describe('figure sentences', () => {
  it('writes the reference sentence for a closed year with its count', () => {
    const fig = indicatorFigures(yen, { plan: 1_200_000_000_000, actual: 1_106_400_000_000, prior: 1_198_500_000_000 });
    const count = indicatorFigures(cases, { plan: null, actual: 74_291, prior: 78_680 });
    expect(figureSentence(DEFAULT_FIGURE_SENTENCES, { name: '保証承諾', fig, count })).toBe(
      '保証承諾は、件数 74,291件（前年度比 94.4％）、金額 1兆1,064億円（計画比 92.2％、前年度比 92.3％）となりました。',
    );
  });

  it('leaves out what is missing: no count, no plan', () => {
    const fig = indicatorFigures(yen, { plan: null, actual: 5_400_000_000, prior: 6_700_000_000 });
    expect(figureSentence(DEFAULT_FIGURE_SENTENCES, { name: '創業保証', fig })).toBe('創業保証は、54億円（前年度比 80.5％）となりました。');
  });

  it('says "to date" for a year in progress, against the same months last year', () => {
    const months = [10, 10, 10, null, null, null, null, null, null, null, null, null];
    const fig = indicatorFigures(cases, { plan: 120, actual: null, prior: 100, months, priorMonths: [8, 8, 9, 8, 8, 8, 8, 8, 9, 8, 9, 9] });
    expect(figureSentence(DEFAULT_FIGURE_SENTENCES, { name: '相談', fig })).toBe(
      '相談は、6月末で30件（計画比 100.0％、前年同期比 120.0％）となっています。',
    );
  });

  it("follows the organisation's wording and keeps an unknown placeholder visible", () => {
    expect(fillTemplate('{name}：{actual}[（達成率 {planRatio}）]{oops}', { name: 'A', actual: '5件', planRatio: '―' })).toBe(
      'A：5件{oops}',
    );
    expect(fillTemplate('{name}（[計画比 {planRatio}]、[前年比 {yoy}]）', { name: 'A', planRatio: null, yoy: null })).toBe('A');
  });
});

describe('templateProblems', () => {
  it('accepts the default wording', () => {
    expect(templateProblems(DEFAULT_FIGURE_SENTENCES.yearEnd)).toEqual({ unknown: [], unbalanced: false });
    expect(templateProblems(DEFAULT_FIGURE_SENTENCES.toDate)).toEqual({ unknown: [], unbalanced: false });
  });
  it('names unknown placeholders once each, and finds groups or braces left open', () => {
    expect(templateProblems('{name}は{actaul}、{actaul}（{ratio}）').unknown).toEqual(['actaul', 'ratio']);
    expect(templateProblems('{name}は[計画比 {planRatio}').unbalanced).toBe(true);
    expect(templateProblems('{name}は計画比 {planRatio}]').unbalanced).toBe(true);
    expect(templateProblems('[[{name}]]').unbalanced).toBe(true);
    expect(templateProblems('{name}は{actual').unbalanced).toBe(true);
    expect(templateProblems('{name}は[計画比 {planRatio}]').unbalanced).toBe(false);
  });
});
