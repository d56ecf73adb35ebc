// Search for people: the index's hits, each asked of the policy, with a snippet around the words
// and the place to open it.
import { SEARCH_KINDS, type SearchKindCode, type SearchRow, type SearchViewer, searchIndex, searchTerms } from '@/db/queries/search';
import type { Db } from '@/db/open';
import { narrativeTokensFor } from '@/db/queries/admin-organisation';
import { listPlans } from '@/db/queries/plans';
import { expandTokens, NARRATIVE_TOKENS } from '@/lib/domain/tokens';
import { can } from '@/lib/auth/policy';
import type { AssessmentStatus, OpinionStatus, PlanPhase } from '@/lib/domain/types';

export type SearchKind = keyof typeof SEARCH_KINDS;
export const KIND_FILTERS = ['narrative', 'opinion', 'response', 'section', 'indicator'] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

/** A piece of a snippet: plain text, or a matched word to highlight. */
export type SnippetPart = { text: string; hit: boolean };

export type SearchResult = {
  kind: SearchKind;
  year: number;
  title: string;
  departmentName: string | null;
  link: string;
  snippet: SnippetPart[];
};

const KIND_NAME = Object.fromEntries(Object.entries(SEARCH_KINDS).map(([k, v]) => [v, k])) as Record<SearchKindCode, SearchKind>;

function mayRead(v: SearchViewer, r: SearchRow): boolean {
  // Nothing of a year the viewer may not open (the committee: years in review or published).
  if (!can(v, 'plan.read', { phase: r.phase as PlanPhase })) return false;
  const dept = { departmentId: r.departmentId };
  switch (r.kind) {
    case 1:
      return can(v, 'assessment.read', { ...dept, status: (r.assessmentStatus ?? undefined) as AssessmentStatus | undefined });
    case 2:
      return can(v, 'opinion.read', { ...dept, opinionStatus: r.opinionStatus as OpinionStatus, authorId: r.authorId ?? undefined });
    case 3:
      return r.opinionStatus === 'final' && can(v, 'response.read', dept);
    case 4:
      return can(v, 'section.read');
    case 5:
      return can(v, 'plan.read');
    case 6:
      // compiled section 6: the planning department's work until the report is published
      return can(v, 'compilation.edit') || (r.phase === 'published' && can(v, 'report.read'));
  }
}

function linkOf(v: SearchViewer, r: SearchRow): string {
  const y = `/years/${r.year}`;
  switch (r.kind) {
    case 1:
    case 4:
      return `${y}/sections/${r.sectionId}`;
    case 2:
      return v.role === 'committee' && r.departmentId ? `${y}/review/departments/${r.departmentId}` : `${y}/opinions/responses`;
    case 3:
      return `${y}/opinions/responses`;
    case 5:
      return r.sectionId ? `${y}/sections/${r.sectionId}` : `${y}/dashboard`;
    case 6:
      return `${y}/report`;
  }
}

/** Text as matched: NFKC, lower case (ＡＢＣ finds abc, ｶﾅ finds カナ). */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** The text folded, with where each folded character came from, so that what is shown is the text as written. */
function folded(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) from.push(at);
    out += f;
    at += ch.length;
  }
  from.push(text.length);
  return { text: out, from };
}

/** The text around the first match (about `width` characters of the text as written), every match marked. */
export function snippetOf(text: string, terms: string[], width = 80): SnippetPart[] {
  const { text: haystack, from } = folded(text);
  const needles = terms.map(fold).filter((t) => t.length > 0);
  // Every match, in the text's own positions, earliest first, none overlapping.
  const hits: [number, number][] = [];
  for (let i = 0; i < haystack.length; ) {
    let best = -1;
    let len = 0;
    for (const n of needles) {
      const at = haystack.indexOf(n, i);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        len = n.length;
      }
    }
    if (best < 0) break;
    hits.push([from[best]!, from[best + len]!]);
    i = best + len;
  }
  const first = hits[0]?.[0] ?? text.length;
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let i = start;
  for (const [a, b] of hits) {
    if (a >= end) break;
    if (a > i) parts.push({ text: text.slice(i, a), hit: false });
    parts.push({ text: text.slice(a, b), hit: true });
    i = b;
  }
  if (i < end) parts.push({ text: text.slice(i, end), hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/**
 * The {{token}}s whose value, in any of the organisation's plans, contains the term: a text that
 * wrote {{organisation}} is found by the organisation's name, as it is printed.
 */
/** How a token is written in a stored text: expandTokens also fills in `{{ name }}` with spaces. */
const spellings = (name: string) => [`{{${name}}}`, `{{ ${name} }}`, `{{ ${name}}}`, `{{${name} }}`];

function tokenStandIns(db: Db, organisationId: number, tokens: NonNullable<ReturnType<typeof narrativeTokensFor>>) {
  const values = listPlans(db, organisationId).map((p) => tokens({ startYear: p.startYear, endYear: p.endYear }));
  return (term: string) => {
    const needle = fold(term);
    return NARRATIVE_TOKENS.filter((name) => values.some((v) => fold(v[name]).includes(needle))).flatMap(spellings);
  };
}

export function search(
  db: Db,
  viewer: SearchViewer,
  q: string,
  f: { year?: number; departmentId?: number; kinds?: KindFilter[] },
  limit = 50,
): SearchResult[] {
  const kinds = f.kinds?.flatMap((k) => (k === 'opinion' ? [SEARCH_KINDS.opinion, SEARCH_KINDS.compilation] : [SEARCH_KINDS[k]]));
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const tokens = narrativeTokensFor(db, viewer.organisationId);
  const standIns = tokens ? tokenStandIns(db, viewer.organisationId, tokens) : undefined;
  const rows = searchIndex(db, viewer, q, { year: f.year, departmentId: f.departmentId, kinds, standIns }, limit);
  // A text reads as the report prints it: {{organisation}}, {{committee}} … filled in.
  const asPrinted = (r: SearchRow) => (tokens ? expandTokens(r.body, tokens({ startYear: r.year, endYear: r.endYear })) : r.body);
  const needles = terms.map(fold);
  return rows
    .filter((r) => mayRead(viewer, r))
    .map((r) => ({ row: r, text: asPrinted(r) }))
    .filter(({ row, text }) => {
      // A token matched, or a term matched inside a token's name ({{organisation}} by
      // "organisation"): found only if the printed text holds every term.
      if (text === row.body) return true;
      const printed = fold(text);
      return needles.every((n) => printed.includes(n));
    })
    .map(({ row: r, text }) => ({
      kind: KIND_NAME[r.kind],
      year: r.year,
      title: r.sectionTitle ? `${r.sectionNumber ?? ''} ${r.sectionTitle}`.trim() : (r.departmentName ?? ''),
      departmentName: r.departmentName,
      link: linkOf(viewer, r),
      snippet: snippetOf(text, terms),
    }));
}
