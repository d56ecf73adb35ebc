// Search for people: the index's hits, each asked of the policy, with a snippet around the words
// and the place to open it.
import { SEARCH_KINDS, type SearchKindCode, type SearchRow, type SearchViewer, searchIndex, searchTerms } from '@/db/queries/search';
import type { Db } from '@/db/open';
import { narrativeTokensFor } from '@/db/queries/admin-organisation';
import { expandTokens } from '@/lib/domain/tokens';
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

/** The text around the first match (about `width` characters), every match marked. */
export function snippetOf(body: string, terms: string[], width = 80): SnippetPart[] {
  const text = body.normalize('NFKC');
  const lower = text.toLowerCase();
  const needles = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0);
  const first = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), text.length);
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let i = start;
  while (i < end) {
    let next = end;
    let len = 0;
    for (const n of needles) {
      const at = lower.indexOf(n, i);
      if (at >= 0 && at < next) {
        next = at;
        len = n.length;
      }
    }
    if (next > i) parts.push({ text: text.slice(i, Math.min(next, end)), hit: false });
    if (next >= end) break;
    parts.push({ text: text.slice(next, next + len), hit: true });
    i = next + len;
  }
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

export function search(
  db: Db,
  viewer: SearchViewer,
  q: string,
  f: { year?: number; departmentId?: number; kinds?: KindFilter[] },
  limit = 50,
): SearchResult[] {
  const kinds = f.kinds?.flatMap((k) => (k === 'opinion' ? [SEARCH_KINDS.opinion, SEARCH_KINDS.compilation] : [SEARCH_KINDS[k]]));
  const rows = searchIndex(db, viewer, q, { year: f.year, departmentId: f.departmentId, kinds }, limit);
  const terms = searchTerms(q);
  // A text reads as the report prints it: {{organisation}}, {{committee}} … filled in.
  const tokens = rows.length > 0 ? narrativeTokensFor(db, viewer.organisationId) : null;
  const asPrinted = (r: SearchRow) => (tokens ? expandTokens(r.body, tokens({ startYear: r.year, endYear: r.endYear })) : r.body);
  return rows
    .filter((r) => mayRead(viewer, r))
    .map((r) => ({
      kind: KIND_NAME[r.kind],
      year: r.year,
      title: r.sectionTitle ? `${r.sectionNumber ?? ''} ${r.sectionTitle}`.trim() : (r.departmentName ?? ''),
      departmentName: r.departmentName,
      link: linkOf(viewer, r),
      snippet: snippetOf(asPrinted(r), terms),
    }));
}
