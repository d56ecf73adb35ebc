// Section 6 (外部評価委員の意見等): opinion_compilations is the single source of the printed
// text; compilation_sources links each block to the original opinions, which stay unchanged.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { headingLine } from '@/lib/domain/numbering';
import type { OpinionsForm } from '@/lib/domain/types';
import type { Db } from '../open';
import { compilationSources, departments, opinionCompilations, opinions, plans, sections } from '../schema';

export type CompileStyle = 'bullets' | 'paragraph';

export type CompileInput = {
  id: number;
  text: string;
  departmentId: number | null;
  departmentName: string | null;
  departmentOrder: number | null;
  sectionId: number | null;
  sectionTitle: string | null;
};

export type CompiledBlock = { heading: string; departmentId: number | null; body: string; opinionIds: number[] };

const stripBullet = (t: string) => t.trim().replace(/^・\s*/, '');

/** The body of a block: '・' bullet lines, or one paragraph without bullets. */
export function composeBody(texts: string[], style: CompileStyle): string {
  const items = texts.map(stripBullet).filter((t) => t.length > 0);
  return style === 'bullets' ? items.map((t) => `・${t}`).join('\n') : items.join('');
}

/**
 * Section 6 in the plan's form. `grouped`: the final opinions grouped by department
 * (department-wide opinions) or by section (opinions on one initiative, e.g. BCP), in department
 * order, in `style`. The other forms: one block with no heading, in the same order: every
 * opinion a bullet (`bullets`), all of them one paragraph (`paragraph`), or each a paragraph for
 * the planning department to rewrite (`free`). No author names. Pure.
 */
export function buildCompilation(rows: CompileInput[], style: CompileStyle, form: OpinionsForm = 'grouped'): CompiledBlock[] {
  const grouped = groupOpinions(rows, style);
  if (form === 'grouped' || grouped.length === 0) return grouped.map(({ texts: _, ...b }) => b);
  const texts = grouped.flatMap((g) => g.texts);
  const body =
    form === 'bullets'
      ? composeBody(texts, 'bullets')
      : form === 'paragraph'
        ? composeBody(texts, 'paragraph')
        : texts
            .map(stripBullet)
            .filter((t) => t.length > 0)
            .join('\n\n');
  return [{ heading: '', departmentId: null, body, opinionIds: grouped.flatMap((g) => g.opinionIds) }];
}

function groupOpinions(rows: CompileInput[], style: CompileStyle): (CompiledBlock & { texts: string[] })[] {
  const groups = new Map<
    string,
    { heading: string; departmentId: number | null; order: [number, number, number]; ids: number[]; texts: string[] }
  >();
  for (const r of [...rows].sort((a, b) => a.id - b.id)) {
    const key = `${r.departmentId ?? 'none'}:${r.sectionId ?? 'dept'}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        heading: (r.sectionId != null ? r.sectionTitle : r.departmentName) ?? '',
        departmentId: r.departmentId,
        order: [r.departmentOrder ?? Number.MAX_SAFE_INTEGER, r.sectionId == null ? 0 : 1, r.sectionId ?? 0],
        ids: [],
        texts: [],
      };
      groups.set(key, g);
    }
    g.ids.push(r.id);
    g.texts.push(r.text);
  }
  return [...groups.values()]
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2])
    .map((g) => ({
      heading: g.heading,
      departmentId: g.departmentId,
      body: composeBody(g.texts, style),
      opinionIds: g.ids,
      texts: g.texts,
    }));
}

/** The final opinions of a plan with what the compilation needs. */
export function listFinalOpinionsForCompilation(db: Db, planId: number): CompileInput[] {
  return db
    .select({
      id: opinions.id,
      text: opinions.text,
      departmentId: opinions.departmentId,
      departmentName: departments.name,
      departmentOrder: departments.sortOrder,
      sectionId: opinions.sectionId,
      sectionTitle: sections.title,
    })
    .from(opinions)
    .leftJoin(departments, eq(departments.id, opinions.departmentId))
    .leftJoin(sections, and(eq(sections.id, opinions.sectionId), eq(sections.planId, planId)))
    .where(and(eq(opinions.planId, planId), eq(opinions.status, 'final')))
    .all();
}

export function listCompilations(db: Db, planId: number) {
  return db
    .select({
      id: opinionCompilations.id,
      heading: opinionCompilations.heading,
      departmentId: opinionCompilations.departmentId,
      body: opinionCompilations.body,
      sortOrder: opinionCompilations.sortOrder,
      version: opinionCompilations.version,
      updatedAt: opinionCompilations.updatedAt,
    })
    .from(opinionCompilations)
    .where(eq(opinionCompilations.planId, planId))
    .orderBy(asc(opinionCompilations.sortOrder), asc(opinionCompilations.id))
    .all();
}

export type CompilationRow = ReturnType<typeof listCompilations>[number];

/** Which opinions each block of a plan was compiled from. */
export function listCompilationSources(db: Db, planId: number) {
  return db
    .select({ compilationId: compilationSources.compilationId, opinionId: compilationSources.opinionId, text: opinions.text })
    .from(compilationSources)
    .innerJoin(opinionCompilations, eq(opinionCompilations.id, compilationSources.compilationId))
    .innerJoin(opinions, eq(opinions.id, compilationSources.opinionId))
    .where(eq(opinionCompilations.planId, planId))
    .orderBy(asc(compilationSources.opinionId))
    .all();
}

/** Replaces a plan's compiled blocks (the opinions themselves are untouched). */
export function replaceCompilations(db: Db, planId: number, blocks: CompiledBlock[], userId: number) {
  const existing = db.select({ id: opinionCompilations.id }).from(opinionCompilations).where(eq(opinionCompilations.planId, planId)).all();
  if (existing.length) {
    const ids = existing.map((e) => e.id);
    db.delete(compilationSources).where(inArray(compilationSources.compilationId, ids)).run();
    db.delete(opinionCompilations)
      .where(and(eq(opinionCompilations.planId, planId), inArray(opinionCompilations.id, ids)))
      .run();
  }
  if (blocks.length === 0) return [];
  const created = db
    .insert(opinionCompilations)
    .values(
      blocks.map((b, i) => ({ planId, heading: b.heading, departmentId: b.departmentId, body: b.body, sortOrder: i, updatedBy: userId })),
    )
    .returning({ id: opinionCompilations.id })
    .all();
  const links = blocks.flatMap((b, i) => b.opinionIds.map((opinionId) => ({ compilationId: created[i]!.id, opinionId })));
  if (links.length) db.insert(compilationSources).values(links).run();
  return created.map((c) => c.id);
}

export function getCompilation(db: Db, planId: number, id: number) {
  return (
    db
      .select()
      .from(opinionCompilations)
      .where(and(eq(opinionCompilations.planId, planId), eq(opinionCompilations.id, id)))
      .get() ?? null
  );
}

/** Edits one block's text; 0 rows when someone saved first. */
export function updateCompilation(
  db: Db,
  v: { planId: number; id: number; version: number; heading: string; body: string; userId: number },
) {
  return db
    .update(opinionCompilations)
    .set({
      heading: v.heading,
      body: v.body,
      updatedBy: v.userId,
      updatedAt: new Date().toISOString(),
      version: sql`${opinionCompilations.version} + 1`,
    })
    .where(and(eq(opinionCompilations.planId, v.planId), eq(opinionCompilations.id, v.id), eq(opinionCompilations.version, v.version)))
    .run().changes;
}

/** Sets the order of a plan's blocks; `ids` must be exactly the plan's blocks. */
export function reorderCompilations(db: Db, planId: number, ids: number[], userId: number): boolean {
  const existing = new Set(listCompilations(db, planId).map((c) => c.id));
  if (existing.size !== ids.length || new Set(ids).size !== ids.length || !ids.every((id) => existing.has(id))) return false;
  const at = new Date().toISOString();
  ids.forEach((id, i) => {
    db.update(opinionCompilations)
      .set({ sortOrder: i, updatedBy: userId, updatedAt: at, version: sql`${opinionCompilations.version} + 1` })
      .where(and(eq(opinionCompilations.planId, planId), eq(opinionCompilations.id, id)))
      .run();
  });
  return true;
}

/** The plan's section 6 form, set when section 6 is generated. */
export function setOpinionsForm(db: Db, planId: number, form: OpinionsForm) {
  db.update(plans).set({ opinionsForm: form }).where(eq(plans.id, planId)).run();
}

/**
 * The heading the report prints over the plan's committee opinions (「６.外部評価委員の意見等」,
 * 「第3章　外部評価委員の意見」 …), for the screens that compile it: null when the plan has no such section.
 */
export function committeeOpinionsHeading(db: Db, planId: number): string | null {
  const s = db
    .select({ number: sections.number, title: sections.title })
    .from(sections)
    .where(and(eq(sections.planId, planId), eq(sections.kind, 'committee_opinions'), isNull(sections.deletedAt)))
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .get();
  return s ? headingLine(s.number, s.title) : null;
}
