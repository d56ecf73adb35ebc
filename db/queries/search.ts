// Full-text search over the FTS5 trigram index (db/migrations/0003_search_fts.sql). The index
// holds text only; each hit is joined back to its source for year, department, status and
// author, so scope and visibility always follow the current data. Queries of 1–2 characters
// cannot use trigrams: they scan the index with LIKE instead.
import { sql } from 'drizzle-orm';
import type { Role } from '@/lib/domain/types';
import type { Db } from '../open';

/** rowid % 8 in search_index. */
export const SEARCH_KINDS = { narrative: 1, opinion: 2, response: 3, section: 4, indicator: 5, compilation: 6 } as const;
export type SearchKindCode = (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS];

export type SearchFilter = {
  year?: number;
  departmentId?: number;
  kinds?: SearchKindCode[];
  /** What else stands for a term in the stored text: the {{token}} whose value contains it (lib/search). */
  standIns?: (term: string) => string[];
};
export type SearchViewer = { id: number; role: Role; departmentIds: readonly number[]; organisationId: number };

export type SearchRow = {
  kind: SearchKindCode;
  ref: number;
  body: string;
  year: number;
  /** The plan's last year (a mid-term plan spans three): what {{year}} stands for. */
  endYear: number;
  phase: string;
  sectionId: number | null;
  sectionNumber: string | null;
  sectionTitle: string | null;
  departmentId: number | null;
  departmentName: string | null;
  assessmentStatus: string | null;
  opinionStatus: string | null;
  authorId: number | null;
  indicatorCode: string | null;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The terms of a query: split on spaces (full-width too), at most 5. */
export function searchTerms(q: string): string[] {
  return q
    .normalize('NFKC')
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .slice(0, 5);
}

/**
 * Hits the viewer may plausibly read, best first. The SQL narrows by the same rules as the
 * policy (drafts of others, unsubmitted narratives for the committee) so the limit is spent on
 * readable rows; the caller still asks the policy for each row (lib/search/search.ts).
 */
export function searchIndex(db: Db, viewer: SearchViewer, q: string, f: SearchFilter, limit: number): SearchRow[] {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  const trigram = terms.every((t) => [...t].length >= 3);
  // Each term, or any text that stands for it: all of the terms.
  const alternatives = terms.map((t) => [t, ...(f.standIns?.(t) ?? [])]);
  const phrase = (t: string) => `"${t.replace(/"/g, '""')}"`;
  const match = trigram
    ? sql`search_index MATCH ${alternatives.map((alt) => (alt.length > 1 ? `(${alt.map(phrase).join(' OR ')})` : phrase(alt[0]!))).join(' AND ')}`
    : sql.join(
        alternatives.map(
          (alt) =>
            sql`(${sql.join(
              alt.map((t) => sql`search_index.body LIKE ${`%${escapeLike(t)}%`} ESCAPE '\\'`),
              sql` OR `,
            )})`,
        ),
        sql` AND `,
      );
  const depts =
    viewer.departmentIds.length > 0
      ? sql.join(
          viewer.departmentIds.map((d) => sql`${d}`),
          sql`, `,
        )
      : sql`NULL`;
  const kinds =
    f.kinds && f.kinds.length > 0
      ? sql`AND h.kind IN (${sql.join(
          f.kinds.map((k) => sql`${k}`),
          sql`, `,
        )})`
      : sql``;
  const year = f.year ? sql`AND p.start_year = ${f.year}` : sql``;
  const dept = f.departmentId ? sql`AND d.id = ${f.departmentId}` : sql``;
  const visible =
    viewer.role === 'committee'
      ? sql`AND (h.kind <> 1 OR sa.status IN ('submitted', 'approved'))
            AND (h.kind <> 2 OR o.status = 'final' OR o.author_id = ${viewer.id})`
      : viewer.role === 'staff'
        ? sql`AND (h.kind <> 2 OR (o.status = 'final' AND o.department_id IN (${depts})))
              AND (h.kind <> 3 OR ro.department_id IN (${depts}))`
        : sql`AND (h.kind <> 2 OR o.status = 'final')`;
  return db.all<SearchRow>(sql`
    WITH h AS (
      SELECT rowid AS rid, rowid % 8 AS kind, rowid / 8 AS ref, body, ${trigram ? sql`rank` : sql`0`} AS score
      FROM search_index WHERE ${match}
    )
    SELECT h.kind AS kind, h.ref AS ref, h.body AS body, p.start_year AS year, p.end_year AS endYear, p.phase AS phase,
      s.id AS sectionId, s.number AS sectionNumber, s.title AS sectionTitle,
      d.id AS departmentId, d.name AS departmentName,
      sa.status AS assessmentStatus, coalesce(o.status, ro.status) AS opinionStatus,
      coalesce(o.author_id, ro.author_id) AS authorId, i.code AS indicatorCode
    FROM h
    LEFT JOIN self_assessments sa ON h.kind = 1 AND sa.id = h.ref
    LEFT JOIN opinions o ON h.kind = 2 AND o.id = h.ref
    LEFT JOIN opinion_responses r ON h.kind = 3 AND r.id = h.ref
    LEFT JOIN opinions ro ON h.kind = 3 AND ro.id = r.opinion_id
    LEFT JOIN indicators i ON h.kind = 5 AND i.id = h.ref
    LEFT JOIN opinion_compilations c ON h.kind = 6 AND c.id = h.ref
    LEFT JOIN sections s ON s.id = CASE h.kind WHEN 1 THEN sa.section_id WHEN 2 THEN o.section_id WHEN 3 THEN ro.section_id
      WHEN 4 THEN h.ref WHEN 5 THEN i.section_id END
    JOIN plans p ON p.id = coalesce(s.plan_id, o.plan_id, ro.plan_id, i.plan_id, c.plan_id)
    LEFT JOIN departments d ON d.id = coalesce(o.department_id, ro.department_id, c.department_id, s.department_id)
    WHERE p.organisation_id = ${viewer.organisationId}
      AND (s.id IS NULL OR s.deleted_at IS NULL) AND (i.id IS NULL OR i.deleted_at IS NULL)
      AND (h.kind <> 1 OR sa.narrative <> '')
      ${visible} ${kinds} ${year} ${dept}
    ORDER BY h.score, p.start_year DESC, h.rid
    LIMIT ${limit}
  `);
}
