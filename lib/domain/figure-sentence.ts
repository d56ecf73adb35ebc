// A sentence built from an indicator-year's display figures, for staff to put into the
// narrative as plain text (so the figures typed by hand stop drifting from the data). The
// wording is the organisation's: a template with {placeholders} and [optional groups].

import type { Figures } from './figures';
import { MISSING_MARK } from './money';

/** One template for a closed year, one for a year in progress (figures to date). */
export type FigureSentenceTemplates = { yearEnd: string; toDate: string };

/**
 * The default wording, as the reference document writes it:
 * 「保証承諾は、件数 74,291件（前年度比 94.4％）、金額 1兆1,064億円（計画比 92.2％、前年度比 92.3％）となりました。」
 */
export const DEFAULT_FIGURE_SENTENCES: FigureSentenceTemplates = {
  yearEnd: '{name}は、[件数 {count}（前年度比 {countYoy}）、金額 ]{actual}（[計画比 {planRatio}]、[前年度比 {yoy}]）となりました。',
  toDate:
    '{name}は、{asOf}で[件数 {count}（前年同期比 {countYoy}）、金額 ]{actual}（[計画比 {planRatio}]、[前年同期比 {yoy}]）となっています。',
};

/** The placeholders a template may use. */
export const FIGURE_PLACEHOLDERS = [
  'name',
  'asOf',
  'actual',
  'plan',
  'planRatio',
  'progressRate',
  'yoy',
  'count',
  'countYoy',
  'forecast',
] as const;
export type Placeholder = (typeof FIGURE_PLACEHOLDERS)[number];

/** The longest template the organisation may store (a sentence, not a paragraph). */
export const TEMPLATE_MAX = 400;

/**
 * What is wrong with a template, for the wording screen: placeholders that do not exist (a typo
 * would print 「{actaul}」 in every narrative) and [groups] that do not close or nest.
 */
export function templateProblems(template: string): { unknown: string[]; unbalanced: boolean } {
  const known = FIGURE_PLACEHOLDERS as readonly string[];
  const unknown = [...new Set([...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!).filter((k) => !known.includes(k)))];
  let depth = 0;
  let unbalanced = /\{[^{}]*$|^[^{}]*\}/.test(template.replace(/\{[^{}]*\}/g, ''));
  for (const ch of template) {
    if (ch === '[') depth += 1;
    if (ch === ']') depth -= 1;
    if (depth < 0 || depth > 1) unbalanced = true;
  }
  return { unknown, unbalanced: unbalanced || depth !== 0 };
}

/**
 * Fills a template. A [group] whose placeholders include a missing figure (「―」) is left out
 * whole; brackets and separators left empty by that are tidied: 「（、前年度比 …）」 → 「（前年度比 …）」,
 * 「（）」 → nothing. An unknown placeholder stays as written (the author sees the typo).
 */
export function fillTemplate(template: string, values: Partial<Record<Placeholder, string | null>>): string {
  const value = (key: string): string | null => {
    if (!(FIGURE_PLACEHOLDERS as readonly string[]).includes(key)) return `{${key}}`;
    const v = values[key as Placeholder];
    return v == null || v === MISSING_MARK ? null : v;
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => value(key) ?? MISSING_MARK);
  const withGroups = template.replace(/\[([^[\]]*)\]/g, (_, group: string) => {
    const keys = [...group.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return keys.some((k) => value(k) === null) ? '' : fill(group);
  });
  return fill(withGroups).replace(/（、/g, '（').replace(/、）/g, '）').replace(/、、+/g, '、').replace(/（）/g, '');
}

/** The sentence for an indicator-year, with its count's figures when it is the amount of a pair. */
export function figureSentence(templates: FigureSentenceTemplates, input: SentenceInput): string {
  return fillTemplate(input.fig.toDate ? templates.toDate : templates.yearEnd, sentenceValues(input));
}

export type SentenceInput = { name: string; fig: Figures; count?: Figures | null };

/**
 * {asOf}: the month the figures run to, as the document writes it (「10月末」), whatever the
 * language of the screen the sentence is made on: the sentence goes into the report's text.
 */
export const asOfLabel = (month: number) => `${month}月末`;

/** The placeholders' values for an indicator-year (the wording screen previews a template with them). */
export function sentenceValues(input: SentenceInput): Partial<Record<Placeholder, string | null>> {
  const { fig, count } = input;
  const compared = (f: Figures) => (f.toDate ? f.text.samePeriodYoy : f.text.yoy);
  return {
    name: input.name,
    asOf: fig.asOfMonth === null ? null : asOfLabel(fig.asOfMonth),
    actual: fig.actual === null ? null : fig.text.actual,
    plan: fig.text.plan,
    planRatio: fig.text.planRatio,
    progressRate: fig.text.progressRate,
    yoy: compared(fig),
    count: count && count.actual !== null ? count.text.actual : null,
    countYoy: count ? compared(count) : null,
    forecast: fig.text.forecast,
  };
}
