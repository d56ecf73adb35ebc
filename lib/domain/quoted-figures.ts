// Figures a narrative quotes: amounts (`1 兆 1,064 億円`), counts (`74,291 件`, `128社`, `5,907先`,
// `12機関`, `5万件`), multiples, percentages, and the ratios in the parenthesis after them
// (`（計画比 92.2％、前年度比 92.3％）`, `(対前年比98.6%)`, `（同 95.0％）`, `（前年度 8.8％）`), or a
// bare `計画比92.2％` / `達成率は92.2%`. Ratio labels: 計画比・対計画比・達成率 are plan ratios,
// 前年比・対前年比・前年度比・対前年度比 year-on-year ones, 同 repeats the label before it.
// Pure; used by consistency.ts.

import { parseNumberInput } from './parse-number';
import type { IndicatorUnit } from './types';

export type RatioKind = 'plan' | 'yoy';

/** An exact decimal as written: 92.2 → { digits: 922n, decimals: 1 }. */
export type Written = { digits: bigint; decimals: number };

export type QuotedRatio = { kind: RatioKind; text: string; written: Written };

export type QuotedFigure = {
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** null for a bare ratio (`計画比92.2％` with no figure before it). */
  unit: IndicatorUnit | null;
  /** yen: whole yen and the step it was written to (10^8 for `億円`); others: the number as written. */
  yen?: { value: number; step: bigint };
  written?: Written;
  ratios: QuotedRatio[];
  /** `（前年度 8.8％）`: the prior-year value quoted beside the figure. */
  prior?: Written | { value: number; step: bigint };
  priorText?: string;
  /** Why the figure cannot be read (`doubled_unit`, or a parse error code such as `bad_unit_order`). */
  unreadable?: string;
};

export type Sentence = { text: string; start: number; end: number };

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const YEN = String.raw`(?:${NUM}\s*[兆億万]\s*)+(?:(?:${NUM}\s*)?円)?|${NUM}\s*円`;
const COUNT_WORD = '(?:機関|[件者社先回])';
/** `5万件`, `1万2,000者`: a count written with 億/万 (tried before YEN, which would read `5万`). */
const BIG_COUNT = String.raw`(?:${NUM}\s*[億万]\s*)+(?:${NUM}\s*)?${COUNT_WORD}`;
const OTHER = String.raw`${NUM}\s*(?:${COUNT_WORD}|[倍%])`;
const FIGURE = String.raw`(?:[△▲]\s*)?(?:${BIG_COUNT}|${YEN}|${OTHER})`;
/** Ratio labels, longest first so that `前年度比` is not read as `前年度`. */
const LABEL = '対計画比|計画比|達成率|対前年度比|前年度比|対前年比|前年比';
const RATIO_ITEM = String.raw`(${LABEL}|同|前年度)\s*(${FIGURE})`;
const FIGURE_RE = new RegExp(FIGURE, 'g');
const BARE_RATIO_RE = new RegExp(String.raw`(${LABEL}|同(?=\s*\d))\s*(?:は\s*)?(${NUM})\s*%`, 'g');
const GROUP_RE = new RegExp(String.raw`^\s*[（(]\s*(${RATIO_ITEM}(?:\s*[、,]\s*${RATIO_ITEM})*)\s*[）)]`);
const ITEM_RE = new RegExp(RATIO_ITEM, 'g');
/** A unit right after a figure (`2億1,500万円億円`, `5件件`): the figure cannot be read. */
const TRAILING_UNIT_RE = /^\s*(?:[兆億万円件者社先回倍%]|機関)+/;

const BIG_RANK: Record<string, number> = { 兆: 3, 億: 2, 万: 1 };
const UNIT_OF: Record<string, IndicatorUnit> = {
  件: 'cases',
  者: 'businesses',
  社: 'companies',
  先: 'clients',
  機関: 'institutions',
  回: 'times',
  倍: 'multiple',
  '%': 'percent',
};
const PLAN_LABELS = new Set(['対計画比', '計画比', '達成率']);

/** Full-width digits and signs to ASCII, one character for one, so offsets stay valid. */
export function normalizeDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/％/g, '%');
}

/** Sentences end at 。 outside brackets (`（以下「…」という。）` does not end one) and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ('（(「『'.includes(c)) depth++;
    else if ('）)」』'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '\n') {
      push(i + 1);
      depth = 0;
    } else if (c === '。' && depth === 0) push(i + 1);
  }
  push(text.length);
  return out;
}

function written(text: string): Written {
  const t = text.replace(/[,\s]/g, '');
  const [int = '0', frac = ''] = t.split('.');
  return { digits: BigInt(int + frac), decimals: frac.length };
}

type Parsed = Pick<QuotedFigure, 'unit' | 'yen' | 'written'>;

/** The power of ten the last 兆/億/万 part is written to: `583億8,000万` → 4, `1.2億` → 7, `0` → 0. */
function stepExponent(bare: string): number {
  const rank = /\d$/.test(bare) ? 0 : (BIG_RANK[bare.slice(-1)] ?? 0);
  const decimals = (bare.match(/\.(\d+)[兆億万]?$/)?.[1] ?? '').length;
  return Math.max(0, rank * 4 - decimals);
}

/** A figure as written, or the parse error that makes it unreadable. */
function parseFigure(text: string): Parsed | { error: string } {
  const t = text.replace(/\s/g, '');
  const negative = /^[△▲]/.test(t);
  const body = t.replace(/^[△▲]/, '');
  const word = body.match(/(?:機関|[件者社先回倍%])$/)?.[0];
  if (word && /[兆億万]/.test(body)) {
    // A count written with 億/万: read the number as yen would be, then keep its precision.
    const bare = body.slice(0, -word.length);
    const parsed = parseNumberInput(bare, { unit: 'yen' });
    const unit = UNIT_OF[word];
    if (!parsed.ok || !unit) return { error: parsed.ok ? 'unit' : parsed.error };
    const e = stepExponent(bare);
    const digits = BigInt(parsed.value) / 10n ** BigInt(e);
    return { unit, written: { digits: negative ? -digits : digits, decimals: -e } };
  }
  if (/[兆億万円]/.test(body)) {
    const parsed = parseNumberInput(t, { unit: 'yen', allowNegative: true });
    if (!parsed.ok) return { error: parsed.error };
    // Written to the smallest unit present: `583億8,000万円` to 万, `9,831億円` to 億, `0円` to 1.
    return { unit: 'yen', yen: { value: parsed.value, step: 10n ** BigInt(stepExponent(body.replace(/円$/, ''))) } };
  }
  const unit = word ? UNIT_OF[word] : undefined;
  if (!unit || !word) return { error: 'unit' };
  const w = written(body.slice(0, -word.length));
  return { unit, written: negative ? { ...w, digits: -w.digits } : w };
}

const kindOf = (label: string, sameAs: RatioKind): RatioKind => (label === '同' ? sameAs : PLAN_LABELS.has(label) ? 'plan' : 'yoy');

/**
 * The figures a sentence quotes, in order, with the ratios that follow them. `sameAs` is what
 * `同` means at the start of the sentence (the last ratio named before); it is updated.
 * A figure followed by another unit (`2億1,500万円億円`) or with units out of order is returned
 * with `unreadable` set, so that it is reported instead of silently read as something else.
 */
export function extractFigures(sentence: string, state: { sameAs: RatioKind } = { sameAs: 'yoy' }): QuotedFigure[] {
  const s = normalizeDigits(sentence);
  const figures: QuotedFigure[] = [];
  const taken: [number, number][] = [];
  const labels = new Map<QuotedRatio, string>();
  const isTaken = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (const m of s.matchAll(FIGURE_RE)) {
    if (isTaken(m.index)) continue;
    const prev = s[m.index - 1];
    if (prev && /[\d.,]/.test(prev)) continue;
    const trailing = s.slice(m.index + m[0].length).match(TRAILING_UNIT_RE)?.[0] ?? '';
    const parsed = trailing.trim() ? { error: 'doubled_unit' } : parseFigure(m[0]);
    const length = 'error' in parsed ? m[0].length + trailing.length : m[0].trimEnd().length;
    const text = sentence.slice(m.index, m.index + length).trimEnd();
    if ('error' in parsed) {
      taken.push([m.index, m.index + length]);
      figures.push({ text, start: m.index, end: m.index + text.length, unit: null, ratios: [], unreadable: parsed.error });
      continue;
    }
    const figure: QuotedFigure = { text, start: m.index, end: m.index + text.length, ...parsed, ratios: [] };
    const group = s.slice(m.index + m[0].length).match(GROUP_RE);
    if (group) {
      const groupStart = m.index + m[0].length;
      taken.push([groupStart, groupStart + group[0].length]);
      const itemsAt = groupStart + group[0].indexOf(group[1]!);
      for (const item of group[1]!.matchAll(ITEM_RE)) {
        const label = item[1]!;
        const original = sentence.slice(itemsAt + item.index, itemsAt + item.index + item[0].length);
        const value = item[2]!.replace(/\s/g, '');
        if (label === '前年度') {
          const p = parseFigure(value);
          if (!('error' in p) && p.unit === figure.unit) {
            figure.prior = p.yen ?? p.written;
            figure.priorText = original;
          }
          continue;
        }
        if (!value.endsWith('%')) continue;
        const ratio: QuotedRatio = { kind: 'yoy', text: original, written: written(value.slice(0, -1)) };
        labels.set(ratio, label);
        figure.ratios.push(ratio);
      }
    }
    figures.push(figure);
  }
  // `計画比92.2％` with no figure before it: a ratio of whichever indicator is named before.
  for (const m of s.matchAll(BARE_RATIO_RE)) {
    if (isTaken(m.index)) continue;
    const numberAt = m.index + m[0].lastIndexOf(m[2]!);
    const text = sentence.slice(m.index, m.index + m[0].length);
    const ratio: QuotedRatio = { kind: 'yoy', text, written: written(m[2]!) };
    labels.set(ratio, m[1]!);
    const figure: QuotedFigure = { text, start: m.index, end: m.index + m[0].length, unit: null, ratios: [ratio] };
    const i = figures.findIndex((f) => f.start === numberAt);
    if (i >= 0) figures.splice(i, 1, figure);
    else figures.push(figure);
  }
  figures.sort((a, b) => a.start - b.start);
  // `同` is resolved in reading order, once the figures and the bare ratios are merged.
  for (const r of figures.flatMap((f) => f.ratios)) {
    r.kind = kindOf(labels.get(r) ?? '', state.sameAs);
    state.sameAs = r.kind;
  }
  return figures;
}
