// The committee roster as a document prints it, from the members and a format the admin edits:
// 「委員：慶應義塾大学商学部教授 髙橋美樹、…」 or 「…教授 ○○氏、弁護士 ○○氏により構成される」.

export type RosterMember = { name: string; affiliation: string; title: string };
export type RosterFormat = { member: string; separator: string; wrapper: string };

export const DEFAULT_ROSTER_FORMAT: RosterFormat = { member: '{affiliation}{title} {name}', separator: '、', wrapper: '委員：{members}' };

/** The fields a member template may use, and the one a wrapper must use. */
export const ROSTER_MEMBER_FIELDS = ['affiliation', 'title', 'name'] as const;

export function formatRosterMember(m: RosterMember, template: string): string {
  return template
    .replace(/\{(affiliation|title|name)\}/g, (_w, f: keyof RosterMember) => m[f].trim())
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The roster in `format`; nothing when there are no members (the wrapper's words need a list). */
export function formatRoster(members: readonly RosterMember[], format: RosterFormat | null = null): string {
  if (members.length === 0) return '';
  const f = format ?? DEFAULT_ROSTER_FORMAT;
  const list = members.map((m) => formatRosterMember(m, f.member)).join(f.separator);
  return f.wrapper.replace('{members}', list);
}
