// Figures a narrative quotes: amounts (`1 兆 1,064 億円`), counts (`74,291 件`), multiples,
// percentages, and the ratios in the parenthesis after them (`（計画比 92.2％、前年度比 92.3％）`,
// `（同 95.0％）`, `（前年度 8.8％）`), or a bare `計画比92.2％`. Pure; used by consistency.ts.

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
};

export type Sentence = { text: string; start: number; end: number };

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const YEN = String.raw`(?:${NUM}\s*[兆億万]\s*)+(?:(?:${NUM}\s*)?円)?|${NUM}\s*円`;
const OTHER = String.raw`${NUM}\s*[件者回倍%]`;
const FIGURE = String.raw`(?:[△▲]\s*)?(?:${YEN}|${OTHER})`;
const RATIO_ITEM = String.raw`(計画比|対前年度比|前年度比|前年比|同|前年度)\s*(${FIGURE})`;
const FIGURE_RE = new RegExp(FIGURE, 'g');
const BARE_RATIO_RE = new RegExp(String.raw`(計画比|対前年度比|前年度比|前年比)\s*(${NUM})\s*%`, 'g');
const GROUP_RE = new RegExp(String.raw`^\s*[（(]\s*(${RATIO_ITEM}(?:\s*[、,]\s*${RATIO_ITEM})*)\s*[）)]`);
const ITEM_RE = new RegExp(RATIO_ITEM, 'g');

const BIG_RANK: Record<string, number> = { 兆: 3, 億: 2, 万: 1 };
const UNIT_OF: Record<string, IndicatorUnit> = { 件: 'cases', 者: 'businesses', 回: 'times', 倍: 'multiple', '%': 'percent' };

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

function parseFigure(text: string): Pick<QuotedFigure, 'unit' | 'yen' | 'written'> | null {
  const t = text.replace(/\s/g, '');
  const negative = /^[△▲]/.test(t);
  const body = t.replace(/^[△▲]/, '');
  if (/[兆億万円]/.test(body)) {
    const parsed = parseNumberInput(t, { unit: 'yen', allowNegative: true });
    if (!parsed.ok) return null;
    // Written to the smallest unit present: `583億8,000万円` to 万, `9,831億円` to 億, `0円` to 1.
    const bare = body.replace(/円$/, '');
    const rank = /\d$/.test(bare) ? 0 : (BIG_RANK[bare.slice(-1)] ?? 0);
    const decimals = (bare.match(/\.(\d+)/)?.[1] ?? '').length;
    return { unit: 'yen', yen: { value: parsed.value, step: 10n ** BigInt(Math.max(0, rank * 4 - decimals)) } };
  }
  const unit = UNIT_OF[body.slice(-1)];
  if (!unit) return null;
  const w = written(body.slice(0, -1));
  return { unit, written: negative ? { ...w, digits: -w.digits } : w };
}

/**
 * The figures a sentence quotes, in order, with the ratios that follow them. `sameAs` is what
 * `同` means at the start of the sentence (the last ratio named before); it is updated.
 */
export function extractFigures(sentence: string, state: { sameAs: RatioKind } = { sameAs: 'yoy' }): QuotedFigure[] {
  const s = normalizeDigits(sentence);
  const figures: QuotedFigure[] = [];
  const taken: [number, number][] = [];
  const isTaken = (i: number) => taken.some(([a, b]) => i >= a && i < b);
  for (const m of s.matchAll(FIGURE_RE)) {
    if (isTaken(m.index)) continue;
    const prev = s[m.index - 1];
    if (prev && /[\d.,]/.test(prev)) continue;
    const parsed = parseFigure(m[0]);
    if (!parsed) continue;
    const text = sentence.slice(m.index, m.index + m[0].trimEnd().length);
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
          if (p?.unit === figure.unit) {
            figure.prior = p.yen ?? p.written;
            figure.priorText = original;
          }
          continue;
        }
        if (!value.endsWith('%')) continue;
        const kind: RatioKind = label === '同' ? state.sameAs : label === '計画比' ? 'plan' : 'yoy';
        state.sameAs = kind;
        figure.ratios.push({ kind, text: original, written: written(value.slice(0, -1)) });
      }
    }
    figures.push(figure);
  }
  // `計画比92.2％` with no figure before it: a ratio of whichever indicator is named before.
  for (const m of s.matchAll(BARE_RATIO_RE)) {
    if (isTaken(m.index)) continue;
    const numberAt = m.index + m[0].lastIndexOf(m[2]!);
    const kind: RatioKind = m[1] === '計画比' ? 'plan' : 'yoy';
    state.sameAs = kind;
    const text = sentence.slice(m.index, m.index + m[0].length);
    const figure: QuotedFigure = {
      text,
      start: m.index,
      end: m.index + m[0].length,
      unit: null,
      ratios: [{ kind, text, written: written(m[2]!) }],
    };
    const i = figures.findIndex((f) => f.start === numberAt);
    if (i >= 0) figures.splice(i, 1, figure);
    else figures.push(figure);
  }
  return figures.sort((a, b) => a.start - b.start);
}
