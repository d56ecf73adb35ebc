// Parsing numbers as people type them: `1,064`, `１０６４`, `1兆1064億円`, `△5`, `1.13倍`.
// Accept what is unambiguous, refuse the rest with a specific error code (UI messages live
// in the message files, keyed by these codes). Arithmetic is exact (BigInt).

import type { IndicatorUnit } from './types';
import { UNIT_WORD as PRINTED_UNIT_WORD } from './units';

export const PARSE_ERROR_CODES = [
  'empty', // nothing but spaces
  'invalid_char', // a character that has no place in a number (`12abc`)
  'invalid_format', // known characters in a wrong arrangement (`-`, `1 2`, `1.`, `5円5`, `1-2`)
  'bad_grouping', // commas not in 3-digit groups (`1,06,4`) or inside decimals
  'multiple_decimal_points', // more than one `.`
  'too_many_decimals', // more decimal places than the unit's scale (`1.134` for 倍)
  'decimal_not_allowed', // decimals for a whole-number unit (`1.5件`, `1.5円`)
  'fraction_of_yen', // 兆/億/万 with decimals leaving a fraction of a yen (`1.23456万`)
  'bad_unit_order', // 兆/億/万 out of order or repeated (`1億2兆`, `1億1億`)
  'part_out_of_range', // a part after a larger unit is 10,000 or more (`1兆12000億`)
  'large_unit_not_yen', // 兆/億/万 on a unit other than yen (`5万件`)
  'negative_not_allowed', // a minus sign where negatives are not allowed
  'unit_mismatch', // a unit word not matching the unit (`5件` for yen)
  'too_large', // the stored integer exceeds Number.MAX_SAFE_INTEGER
] as const;

export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export type ParseNumberResult = { ok: true; value: number } | { ok: false; error: ParseErrorCode };

/** Implied decimals of each unit's stored integer (1.13倍 → 113, 21.1％ → 211). */
export const DEFAULT_UNIT_SCALE: Readonly<Record<IndicatorUnit, number>> = {
  yen: 0,
  cases: 0,
  businesses: 0,
  companies: 0,
  clients: 0,
  institutions: 0,
  times: 0,
  multiple: 2,
  percent: 1,
};

// Input is normalized (％ → %) before it is read, so the unit words are compared normalized too.
const UNIT_WORD = Object.fromEntries(Object.entries(PRINTED_UNIT_WORD).map(([u, w]) => [u, normalize(w)])) as Record<IndicatorUnit, string>;
// Characters of the unit words; a run of them that spells the start of a word is one word (`機関`).
const WORDS = Object.values(UNIT_WORD);
const WORD_CHARS = new Set([...WORDS.join('')]);

/** 兆/億/万 and their rank (power of 10,000). */
const BIG_RANK: Record<string, number> = { 兆: 3, 億: 2, 万: 1 };

/** Minus signs accepted before the number. ー/ｰ (long vowel mark) only as the first character. */
const MINUS = new Set(['△', '▲', '-', '−', '－', '‐', '‑', 'ー', 'ｰ']);
const LONG_VOWEL = new Set(['ー', 'ｰ']);
const PLUS = new Set(['+', '＋']);

type Token =
  | { kind: 'num'; text: string }
  | { kind: 'big'; rank: number }
  | { kind: 'word'; text: string }
  | { kind: 'sign'; negative: boolean };

/** Full-width digits and punctuation to ASCII. */
function normalize(input: string): string {
  return input
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .trim();
}

function tokenize(s: string): Token[] | ParseErrorCode {
  const tokens: Token[] = [];
  let gap = false; // whitespace since the last token
  let first = true;
  for (const c of s) {
    const prev = tokens[tokens.length - 1];
    if (/\s/.test(c)) {
      gap = true;
      continue;
    }
    if (/[0-9.,]/.test(c)) {
      // Whitespace ends a number run, so `1 064` becomes two numbers (invalid_format).
      if (prev?.kind === 'num' && !gap) prev.text += c;
      else tokens.push({ kind: 'num', text: c });
    } else if (Object.hasOwn(BIG_RANK, c)) tokens.push({ kind: 'big', rank: BIG_RANK[c] ?? 0 });
    else if (WORD_CHARS.has(c)) {
      if (prev?.kind === 'word' && !gap && WORDS.some((w) => w.startsWith(prev.text + c))) prev.text += c;
      else tokens.push({ kind: 'word', text: c });
    } else if (MINUS.has(c) && (first || !LONG_VOWEL.has(c))) {
      tokens.push({ kind: 'sign', negative: true });
    } else if (PLUS.has(c)) tokens.push({ kind: 'sign', negative: false });
    else return 'invalid_char';
    gap = false;
    first = false;
  }
  return tokens;
}

type Segment = { text: string; rank: number };

/** The grammar: [sign] (number [兆|億|万])+ [unit word], units strictly descending. */
function parseTokens(tokens: Token[], unit: IndicatorUnit): { negative: boolean; segments: Segment[] } | ParseErrorCode {
  let i = 0;
  let negative = false;
  const head = tokens[0];
  if (head?.kind === 'sign') {
    negative = head.negative;
    i++;
  }
  const segments: Segment[] = [];
  let lastRank = Infinity;
  const checkBig = (rank: number): ParseErrorCode | null =>
    unit !== 'yen' ? 'large_unit_not_yen' : rank >= lastRank ? 'bad_unit_order' : null;
  for (;;) {
    const t = tokens[i];
    if (t?.kind !== 'num') {
      return t?.kind === 'big' ? (checkBig(t.rank) ?? 'invalid_format') : 'invalid_format';
    }
    const next = tokens[i + 1];
    if (next?.kind !== 'big') {
      segments.push({ text: t.text, rank: 0 });
      i++;
      break;
    }
    const bad = checkBig(next.rank);
    if (bad) return bad;
    lastRank = next.rank;
    segments.push({ text: t.text, rank: next.rank });
    i += 2;
    if (tokens[i]?.kind !== 'num') break;
  }
  const word = tokens[i];
  const hasWord = word?.kind === 'word';
  if (hasWord) {
    if (word.text !== UNIT_WORD[unit]) return 'unit_mismatch';
    i++;
  }
  const rest = tokens[i];
  if (rest === undefined) return { negative, segments };
  // `1億億`, `1万億`: a unit with no number before it, reported as order when it is one.
  if (rest.kind === 'big' && !hasWord) return checkBig(rest.rank) ?? 'invalid_format';
  return 'invalid_format';
}

const GROUPED = /^\d{1,3}(,\d{3})+$/;

/** Table units written after the number: `68,000百万円`, `5,000千円`, `12千万円`. */
const TABLE_UNIT = /^(.*?)(千万|百万|千|百)([円件者回倍%]?)$/;
const TABLE_UNIT_SCALE: Record<string, number> = { 千万: 7, 百万: 6, 千: 3, 百: 2 };

/**
 * Parses typed input into the stored integer of an indicator value (whole yen for 'yen';
 * value × 10^scale otherwise, scale defaulting to DEFAULT_UNIT_SCALE[unit]).
 * Trailing zeros after the point are accepted (`5.0件` → 5, `1.130倍` → 113).
 */
export function parseNumberInput(input: string, opts: { unit: IndicatorUnit; scale?: number; allowNegative?: boolean }): ParseNumberResult {
  const { unit } = opts;
  const scale = opts.scale ?? DEFAULT_UNIT_SCALE[unit];
  if (!Number.isInteger(scale) || scale < 0 || scale > 20) {
    throw new RangeError(`scale must be an integer 0-20: ${scale}`);
  }
  const fail = (error: ParseErrorCode): ParseNumberResult => ({ ok: false, error });

  const s = normalize(input);
  if (s === '') return fail('empty');
  // A table unit (百万円, 千円) multiplies a plain number: 68,000百万円 = 680億円 = 6,800,000万円.
  const table = TABLE_UNIT.exec(s);
  if (table && /\d$/.test(table[1]!.trim())) {
    if (unit !== 'yen') return fail('large_unit_not_yen');
    if (table[3] && table[3] !== '円') return fail('unit_mismatch');
    if (/[兆億万]/.test(table[1]!)) return fail('invalid_format');
    const r = parseNumberInput(table[1]!, { unit: 'yen', scale: TABLE_UNIT_SCALE[table[2]!]!, allowNegative: opts.allowNegative });
    if (!r.ok && r.error === 'too_many_decimals') return fail('fraction_of_yen');
    return r;
  }
  const tokens = tokenize(s);
  if (typeof tokens === 'string') return fail(tokens);
  const parsed = parseTokens(tokens, unit);
  if (typeof parsed === 'string') return fail(parsed);
  const { negative, segments } = parsed;

  const dots = segments.reduce((n, seg) => n + (seg.text.split('.').length - 1), 0);
  if (dots > 1) return fail('multiple_decimal_points');

  // Exact value as numerator over 10^digits.
  let digits = 0;
  const parts: Array<{ int: bigint; frac: string; rank: number }> = [];
  for (const [index, seg] of segments.entries()) {
    const [intText = '', frac = ''] = seg.text.split('.');
    if (frac.includes(',')) return fail('bad_grouping');
    if (intText.includes(',') && !GROUPED.test(intText)) return fail('bad_grouping');
    if (intText === '' || (seg.text.includes('.') && frac === '')) return fail('invalid_format');
    const int = BigInt(intText.replace(/,/g, ''));
    if (index > 0 && int >= 10000n) return fail('part_out_of_range');
    digits = Math.max(digits, frac.length);
    parts.push({ int, frac, rank: seg.rank });
  }
  let num = 0n;
  for (const { int, frac, rank } of parts) {
    const fixed = BigInt(int.toString() + frac.padEnd(digits, '0'));
    num += fixed * 10000n ** BigInt(rank);
  }

  if (negative && num !== 0n && !opts.allowNegative) return fail('negative_not_allowed');
  const scaled = num * 10n ** BigInt(scale);
  const divisor = 10n ** BigInt(digits);
  if (scaled % divisor !== 0n) {
    if (segments.some((seg) => seg.rank > 0)) return fail('fraction_of_yen');
    return fail(scale === 0 ? 'decimal_not_allowed' : 'too_many_decimals');
  }
  const stored = scaled / divisor;
  if (stored > BigInt(Number.MAX_SAFE_INTEGER)) return fail('too_large');
  const value = Number(stored);
  return { ok: true, value: negative && value !== 0 ? -value : value };
}
