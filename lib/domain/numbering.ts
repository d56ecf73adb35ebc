// Heading numbers as documents write them. Each style carries its own punctuation (１. ⑴ ①
// 一、 第1章): the report prints a section's number exactly as stored and adds nothing to it.
import type { HeadingDigits, NumberingStyle } from './types';

const FULL_DIGITS = '０１２３４５６７８９';
export const toFullWidthDigits = (s: string) => s.replace(/[0-9]/g, (d) => FULL_DIGITS[Number(d)]!);

// ⑴…⒇ and ①…⑳ ㉑…㉟ ㊱…㊿ exist as single characters; past them a style falls back to (n).
const PAREN_ENCLOSED = Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x2474 + i));
const CIRCLED = [
  ...Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x2460 + i)),
  ...Array.from({ length: 15 }, (_, i) => String.fromCodePoint(0x3251 + i)),
  ...Array.from({ length: 15 }, (_, i) => String.fromCodePoint(0x32b1 + i)),
];
/** The gojūon order official documents use for ア, イ, ウ… (ヰ and ヱ are skipped, as they are in practice). */
const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'];
const KANJI_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 百五, 999 → 九百九十九. */
export function kanjiNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`kanji numbers are 1-9999: ${n}`);
  let out = '';
  for (const [value, word] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ] as const) {
    const d = Math.floor(n / value) % 10;
    if (d > 0) out += (d === 1 ? '' : KANJI_DIGITS[d]) + word;
  }
  return out + KANJI_DIGITS[n % 10];
}

/**
 * The number of the `ordinal`-th (1-based) heading in `style`. `digits` decides whether
 * Arabic digits are written half- or full-width (１. and 第１章 vs 1. and 第1章); the
 * full-width style １． is always full-width.
 */
export function formatHeadingNumber(style: NumberingStyle, ordinal: number, digits: HeadingDigits = 'half'): string {
  if (!Number.isInteger(ordinal) || ordinal < 1) throw new RangeError(`ordinal must be a positive integer: ${ordinal}`);
  const arabic = digits === 'full' ? toFullWidthDigits(String(ordinal)) : String(ordinal);
  switch (style) {
    case 'none':
      return '';
    case 'arabic_dot':
      return `${arabic}.`;
    case 'fullwidth_dot':
      return `${toFullWidthDigits(String(ordinal))}．`;
    case 'paren':
      return `(${arabic})`;
    case 'paren_enclosed':
      return PAREN_ENCLOSED[ordinal - 1] ?? `(${arabic})`;
    case 'circled':
      return CIRCLED[ordinal - 1] ?? `(${arabic})`;
    case 'kanji':
      return `${kanjiNumber(ordinal)}、`;
    case 'katakana':
      return KATAKANA[ordinal - 1] ?? arabic;
    case 'paren_katakana':
      return `(${KATAKANA[ordinal - 1] ?? arabic})`;
    case 'chapter':
      return `第${arabic}章`;
  }
}

/** A sample for pickers: 1. 2. 3. / ⑴ ⑵ ⑶ … */
export function numberingSample(style: NumberingStyle, digits: HeadingDigits = 'half'): string {
  if (style === 'none') return '';
  return [1, 2, 3].map((n) => formatHeadingNumber(style, n, digits)).join(' ');
}

// A number ending in punctuation, a bracket or an enclosed character runs straight into the
// title (１.業務環境, ⑴保証承諾); one ending in a letter or 章 is set off by a full-width space
// (ア　保証部門, 第1章　業務環境), as those documents print it.
const RUNS_ON = /[.．、，,)）」』\]］】\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf]$/u;

/** The heading line: the number as stored, then the title. */
export function headingLine(number: string, title: string): string {
  if (!number) return title;
  return RUNS_ON.test(number) ? `${number}${title}` : `${number}\u3000${title}`;
}

/** The numbering style of a level (0 = top); levels past the list are not numbered. */
export function styleForLevel(levels: readonly NumberingStyle[] | null | undefined, depth: number): NumberingStyle {
  return levels?.[depth] ?? 'none';
}
