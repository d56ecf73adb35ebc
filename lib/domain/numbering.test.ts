import { describe, expect, it } from 'vitest';
import { formatHeadingNumber, headingLine, kanjiNumber, numberingSample, styleForLevel, toFullWidthDigits } from './numbering';
import { NUMBERING_STYLES } from './types';

describe('formatHeadingNumber', () => {
  it.each([
    ['none', 1, 'half', ''],
    ['arabic_dot', 4, 'half', '4.'],
    ['arabic_dot', 4, 'full', '４.'],
    ['arabic_dot', 12, 'full', '１２.'],
    ['fullwidth_dot', 1, 'half', '１．'],
    ['fullwidth_dot', 10, 'full', '１０．'],
    ['paren', 1, 'half', '(1)'],
    ['paren', 3, 'full', '(３)'],
    ['paren_enclosed', 1, 'half', '⑴'],
    ['paren_enclosed', 20, 'half', '⒇'],
    ['paren_enclosed', 21, 'half', '(21)'],
    ['circled', 1, 'half', '①'],
    ['circled', 2, 'full', '②'],
    ['circled', 20, 'half', '⑳'],
    ['circled', 21, 'half', '㉑'],
    ['circled', 35, 'half', '㉟'],
    ['circled', 36, 'half', '㊱'],
    ['circled', 50, 'half', '㊿'],
    ['circled', 51, 'half', '(51)'],
    ['kanji', 1, 'half', '一、'],
    ['kanji', 11, 'half', '十一、'],
    ['katakana', 1, 'half', 'ア'],
    ['katakana', 6, 'half', 'カ'],
    ['katakana', 46, 'half', 'ン'],
    ['paren_katakana', 2, 'half', '(イ)'],
    ['chapter', 1, 'half', '第1章'],
    ['chapter', 2, 'full', '第２章'],
  ] as const)('%s #%i (%s digits) → %s', (style, n, digits, expected) => {
    expect(formatHeadingNumber(style, n, digits)).toBe(expected);
  });

  it('covers every style and refuses a non-positive ordinal', () => {
    for (const style of NUMBERING_STYLES) expect(typeof formatHeadingNumber(style, 1)).toBe('string');
    expect(() => formatHeadingNumber('arabic_dot', 0)).toThrow(RangeError);
    expect(() => formatHeadingNumber('circled', 1.5)).toThrow(RangeError);
  });

  it('never appends a full stop of its own', () => {
    for (const style of ['paren', 'paren_enclosed', 'circled', 'katakana', 'paren_katakana', 'chapter'] as const) {
      expect(formatHeadingNumber(style, 1, 'full')).not.toMatch(/[.．]$/);
    }
  });
});

describe('kanjiNumber', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [99, '九十九'],
    [100, '百'],
    [105, '百五'],
    [1000, '千'],
    [2024, '二千二十四'],
  ])('%i → %s', (n, expected) => expect(kanjiNumber(n)).toBe(expected));
  it('refuses 0', () => expect(() => kanjiNumber(0)).toThrow(RangeError));
});

describe('headingLine', () => {
  it('runs a punctuated or enclosed number into the title', () => {
    expect(headingLine('１.', '業務環境')).toBe('１.業務環境');
    expect(headingLine('⑴', '保証承諾')).toBe('⑴保証承諾');
    expect(headingLine('①', '創業支援')).toBe('①創業支援');
    expect(headingLine('(1)', '概況')).toBe('(1)概況');
    expect(headingLine('一、', '概況')).toBe('一、概況');
    expect(headingLine('(ア)', '概況')).toBe('(ア)概況');
  });
  it('sets off a number ending in a letter with a full-width space', () => {
    expect(headingLine('ア', '保証部門')).toBe('ア\u3000保証部門');
    expect(headingLine('第1章', '業務環境')).toBe('第1章\u3000業務環境');
  });
  it('prints the title alone when there is no number', () => {
    expect(headingLine('', '保証承諾')).toBe('保証承諾');
  });
});

describe('styleForLevel and samples', () => {
  it('takes the style of the level; deeper levels are not numbered', () => {
    expect(styleForLevel(['arabic_dot', 'paren_enclosed', 'circled'], 1)).toBe('paren_enclosed');
    expect(styleForLevel(['arabic_dot'], 1)).toBe('none');
    expect(styleForLevel(null, 0)).toBe('none');
  });
  it('shows three numbers of a style', () => {
    expect(numberingSample('paren_enclosed')).toBe('⑴ ⑵ ⑶');
    expect(numberingSample('none')).toBe('');
  });
  it('converts digits only', () => expect(toFullWidthDigits('第12章')).toBe('第１２章'));
});
