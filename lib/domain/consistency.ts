// The number consistency check: figures a narrative quotes matched against the section's
// indicator values. Pure; runs on the server (warning counts) and in the browser (live).
//
// Binding rule: a figure belongs to the nearest indicator name (or alias) that comes before it
// in the same sentence with a matching unit; one occurrence of a name claims one figure. The
// ratios in the parenthesis after a figure belong to the same indicator. A figure that no name
// claims is not checked: it is never warned about, but listed as not checked so that the writer
// sees which figures nothing vouches for. A figure that cannot be read (`2億1,500万円億円`) is a
// warning of its own, whether or not a name claims it.

import { formatIndicatorValue, roundedMagnitude } from './money';
import {
  type QuotedFigure,
  type RatioKind,
  type Sentence,
  type Written,
  extractFigures,
  normalizeDigits,
  splitSentences,
} from './quoted-figures';
import { oncePer } from '../once-per';
import { formatRatio, ratioTenths } from './ratio';
import type { IndicatorUnit, RatioRounding, YenPrecision } from './types';

export type CheckIndicator = {
  id: number;
  name: string;
  aliases: readonly string[];
  unit: IndicatorUnit;
  scale: number;
  ratioRounding: RatioRounding;
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
};

export type CheckField = 'actual' | 'prior' | 'plan_ratio' | 'yoy';

export type FigureCheck = {
  sentence: Sentence;
  figure: QuotedFigure;
  indicatorId: number;
  indicatorName: string;
  field: CheckField;
  quoted: string;
  expected: string;
  ok: boolean;
};

type Occurrence = { indicator: CheckIndicator; start: number; end: number };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name's pattern (whitespace-tolerant), compiled once per name: a review runs on every keystroke. */
const namePatterns = new Map<string, RegExp>();
function namePattern(name: string): RegExp {
  let re = namePatterns.get(name);
  if (!re) {
    if (namePatterns.size >= 10_000) namePatterns.clear(); // a bound, not a policy: names are few
    re = new RegExp([...name].map(escapeRegExp).join('\\s*'), 'g');
    namePatterns.set(name, re);
  }
  return re;
}

/** An indicator's distinct names (its name and aliases), normalised as a sentence is; once per indicator object. */
const namesOf = oncePer((indicator: CheckIndicator): string[] => [
  ...new Set([indicator.name, ...indicator.aliases].map((x) => normalizeDigits(x).replace(/\s/g, '')).filter(Boolean)),
]);

/** Where the section's indicator names and aliases occur in a sentence (whitespace-tolerant). */
export function findNames(sentence: string, indicators: readonly CheckIndicator[], nameLists = indicators.map(namesOf)): Occurrence[] {
  const s = normalizeDigits(sentence);
  const found: Occurrence[] = [];
  indicators.forEach((indicator, k) => {
    for (const name of nameLists[k]!) {
      // matchAll works on a copy of the pattern: the shared one's lastIndex is never moved.
      for (const m of s.matchAll(namePattern(name))) found.push({ indicator, start: m.index, end: m.index + m[0].length });
    }
  });
  // `保証承諾実績` also contains the alias `承諾実績`: only the longer occurrence counts.
  return found
    .filter((a) => !found.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start))
    .sort((a, b) => a.start - b.start);
}

function bind(figures: QuotedFigure[], names: Occurrence[]): [QuotedFigure, CheckIndicator][] {
  const claimed = new Set<Occurrence>();
  const out: [QuotedFigure, CheckIndicator][] = [];
  for (const figure of figures) {
    if (figure.unreadable) continue;
    let best: Occurrence | undefined;
    for (const n of names) {
      if (n.end > figure.start || claimed.has(n)) continue;
      if (figure.unit !== null && n.indicator.unit !== figure.unit) continue;
      if (!best || n.end > best.end) best = n;
    }
    if (!best) continue;
    claimed.add(best);
    out.push([figure, best.indicator]);
  }
  return out;
}

/** Does a stored value (with `scale` decimals) read as the number written? */
function sameWritten(stored: number, scale: number, w: Written): boolean {
  if (w.decimals > scale) return BigInt(stored) * 10n ** BigInt(w.decimals - scale) === w.digits;
  const { negative, units } = roundedMagnitude(stored, 10n ** BigInt(scale - w.decimals), 'half_up');
  return (negative ? -units : units) === w.digits;
}

function sameYen(stored: number, quoted: { value: number; step: bigint }): boolean {
  const { negative, units } = roundedMagnitude(stored, quoted.step, 'half_up');
  return (negative ? -units : units) * quoted.step === BigInt(quoted.value);
}

const precisionOf = (step: bigint): YenPrecision => (step >= 10n ** 8n ? 'oku' : step >= 10n ** 4n ? 'man' : 'yen');

function compareValue(stored: number, i: CheckIndicator, quoted: Written | { value: number; step: bigint }) {
  const yen = 'step' in quoted;
  const ok = yen ? sameYen(stored, quoted) : sameWritten(stored, i.unit === 'yen' ? 0 : i.scale, quoted);
  const expected = formatIndicatorValue(stored, i.unit, i.scale, yen ? { precision: precisionOf(quoted.step) } : {});
  return { ok, expected };
}

function compareRatio(tenths: number, w: Written): boolean {
  if (w.decimals === 1) return BigInt(tenths) === w.digits;
  const { negative, units } = roundedMagnitude(tenths, 10n ** BigInt(Math.max(0, 1 - w.decimals)), 'half_up');
  const scaled = w.decimals > 1 ? w.digits / 10n ** BigInt(w.decimals - 1) : w.digits;
  return (negative ? -units : units) === scaled;
}

/** A quoted figure that was not checked (no indicator claims it, or it has no value), or could not be read. */
export type FigureNote = { sentence: Sentence; figure: QuotedFigure };

export type NarrativeReview = { checks: FigureCheck[]; unchecked: FigureNote[]; unreadable: FigureNote[] };

/** Every figure of the narrative: checked against its indicator, not checked, or unreadable. */
export function reviewNarrative(narrative: string, indicators: readonly CheckIndicator[]): NarrativeReview {
  const review: NarrativeReview = { checks: [], unchecked: [], unreadable: [] };
  const state: { sameAs: RatioKind } = { sameAs: 'yoy' };
  const nameLists = indicators.map(namesOf);
  for (const sentence of splitSentences(narrative)) {
    const figures = extractFigures(sentence.text, state);
    if (figures.length === 0) continue;
    const checked = new Set<QuotedFigure>();
    for (const [figure, i] of bind(figures, findNames(sentence.text, indicators, nameLists))) {
      const checks = checkFigure(sentence, figure, i);
      if (checks.length) checked.add(figure);
      review.checks.push(...checks);
    }
    for (const figure of figures) {
      if (figure.unreadable) review.unreadable.push({ sentence, figure });
      else if (!checked.has(figure)) review.unchecked.push({ sentence, figure });
    }
  }
  return review;
}

/** Every figure of the narrative that belongs to an indicator, checked; `ok: false` is a warning. */
export function checkNarrative(narrative: string, indicators: readonly CheckIndicator[]): FigureCheck[] {
  return indicators.length === 0 ? [] : reviewNarrative(narrative, indicators).checks;
}

/** Mismatches and unreadable figures: what the section list counts as warnings. */
export const warningCount = (r: NarrativeReview): number => warningsOf(r.checks).length + r.unreadable.length;

function checkFigure(sentence: Sentence, figure: QuotedFigure, i: CheckIndicator): FigureCheck[] {
  const checks: FigureCheck[] = [];
  const base = { sentence, figure, indicatorId: i.id, indicatorName: i.name };
  const quotedValue = figure.yen ?? figure.written;
  if (quotedValue && i.actualValue !== null) {
    checks.push({ ...base, field: 'actual', quoted: figure.text, ...compareValue(i.actualValue, i, quotedValue) });
  }
  if (figure.prior && i.priorActualValue !== null) {
    checks.push({
      ...base,
      field: 'prior',
      quoted: figure.priorText ?? figure.text,
      ...compareValue(i.priorActualValue, i, figure.prior),
    });
  }
  for (const r of figure.ratios) {
    const tenths = ratioTenths(i.actualValue, r.kind === 'plan' ? i.planValue : i.priorActualValue, i.ratioRounding);
    if (tenths === null) continue;
    checks.push({
      ...base,
      field: r.kind === 'plan' ? 'plan_ratio' : 'yoy',
      quoted: r.text,
      expected: formatRatio(tenths),
      ok: compareRatio(tenths, r.written),
    });
  }
  return checks;
}

export const warningsOf = <C extends FigureCheck>(checks: readonly C[]): C[] => checks.filter((c) => !c.ok);

/**
 * Every narrative checked against its own section's indicators: section id → its checks.
 * A section without indicators has nothing to check and is left out.
 */
export function checkSections<I extends CheckIndicator & { sectionId: number | null }>(
  narratives: readonly { sectionId: number; narrative: string }[],
  indicators: readonly I[],
): Map<number, FigureCheck[]> {
  const bySection = new Map<number, I[]>();
  for (const i of indicators) if (i.sectionId !== null) bySection.set(i.sectionId, [...(bySection.get(i.sectionId) ?? []), i]);
  const out = new Map<number, FigureCheck[]>();
  for (const n of narratives) {
    const mine = bySection.get(n.sectionId);
    if (mine) out.set(n.sectionId, checkNarrative(n.narrative, mine));
  }
  return out;
}
