// Tokens a narrative may contain, replaced by the organisation's and the plan's data when the
// report is built (and in the section page's preview): one list, shown beside the editors.
import { fiscalYearSpan } from './era';
import { formatRoster, type RosterFormat, type RosterMember } from './roster';
import type { EraStyle } from './types';

export const NARRATIVE_TOKENS = ['organisation', 'short', 'self', 'year', 'committee'] as const;
export type NarrativeToken = (typeof NARRATIVE_TOKENS)[number];
export type TokenValues = Record<NarrativeToken, string>;

const TOKEN = /\{\{\s*([a-z]+)\s*\}\}/g;

const isToken = (name: string): name is NarrativeToken => (NARRATIVE_TOKENS as readonly string[]).includes(name);

/**
 * Replaces {{organisation}} … {{committee}}. An unknown {{token}}, and one with nothing to stand
 * for yet (no committee members, no 自称 set), is left as written: the preview shows what is
 * missing instead of a sentence with a hole in it.
 */
export function expandTokens(text: string, values: TokenValues): string {
  return text.replace(TOKEN, (whole, name: string) => (isToken(name) && values[name] ? values[name] : whole));
}

/** The tokens `text` uses that have no value yet, each once, in the order of NARRATIVE_TOKENS. */
export function unfilledTokens(text: string, values: TokenValues): NarrativeToken[] {
  const used = new Set<string>();
  for (const m of text.matchAll(TOKEN)) used.add(m[1]!);
  return NARRATIVE_TOKENS.filter((name) => used.has(name) && !values[name]);
}

/** The organisation and plan data the tokens stand for. */
export function narrativeTokenValues(
  org: { name: string; shortName: string; selfName: string; eraStyle: EraStyle; rosterFormat: RosterFormat | null },
  committee: readonly RosterMember[],
  years: { startYear: number; endYear: number },
): TokenValues {
  return {
    organisation: org.name,
    short: org.shortName || org.name,
    self: org.selfName,
    year: fiscalYearSpan(years.startYear, years.endYear, org.eraStyle),
    committee: formatRoster(committee, org.rosterFormat),
  };
}
