// Tokens a narrative may contain, replaced by the organisation's and the plan's data when the
// report is built (and in the section page's preview): one list, shown beside the editors.

export const NARRATIVE_TOKENS = ['organisation', 'short', 'self', 'year', 'committee'] as const;
export type NarrativeToken = (typeof NARRATIVE_TOKENS)[number];
export type TokenValues = Record<NarrativeToken, string>;

/** Replaces {{organisation}} … {{committee}}; an unknown {{token}} is left as written. */
export function expandTokens(text: string, values: TokenValues): string {
  return text.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) =>
    (NARRATIVE_TOKENS as readonly string[]).includes(name) ? values[name as NarrativeToken] : whole,
  );
}
