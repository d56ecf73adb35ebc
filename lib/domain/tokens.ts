// Tokens a narrative may contain, replaced by the organisation's and the plan's data when the
// report is built (and in the section page's preview): one list, shown beside the editors.
import { fiscalYearSpan } from './era';
import { formatRoster, type RosterFormat, type RosterMember } from './roster';
import type { EraStyle } from './types';

export const NARRATIVE_TOKENS = ['organisation', 'short', 'self', 'year', 'committee'] as const;
export type NarrativeToken = (typeof NARRATIVE_TOKENS)[number];
export type TokenValues = Record<NarrativeToken, string>;

/** Replaces {{organisation}} … {{committee}}; an unknown {{token}} is left as written. */
export function expandTokens(text: string, values: TokenValues): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) =>
    (NARRATIVE_TOKENS as readonly string[]).includes(name) ? values[name as NarrativeToken] : whole,
  );
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
