// The organisation's wording of figure sentences (lib/domain/figure-sentence.ts), and the real
// indicator-years the wording screen previews it on.
import { and, eq, sql } from 'drizzle-orm';
import { organisations } from '@/db/schema';
import type { FigureSentenceTemplates } from '@/lib/domain/figure-sentence';
import type { Db } from '../open';
import { listIndicatorsWithValues } from './indicators';
import { listPlans } from './plans';

export function getFigureSentenceSettings(db: Db, organisationId: number) {
  return (
    db
      .select({ id: organisations.id, version: organisations.version, figureSentences: organisations.figureSentences })
      .from(organisations)
      .where(eq(organisations.id, organisationId))
      .get() ?? null
  );
}

/** 0 when the organisation is not at `version` any more (someone saved it first). */
export function updateFigureSentences(db: Db, organisationId: number, version: number, value: FigureSentenceTemplates | null): number {
  return db
    .update(organisations)
    .set({ figureSentences: value, version: sql`${organisations.version} + 1` })
    .where(and(eq(organisations.id, organisationId), eq(organisations.version, version)))
    .run().changes;
}

/**
 * The indicators of two real years to preview the wording on: the latest annual plan that is not
 * being planned (a year in progress, for the to-date wording) and the latest published one (a
 * closed year). Each: its indicators with their display figures, as the section page shows them.
 */
export function listSentenceSamples(db: Db, organisationId: number) {
  const annual = listPlans(db, organisationId)
    .filter((p) => p.kind === 'annual' && p.phase !== 'planning')
    .sort((a, b) => b.startYear - a.startYear);
  const open = annual.find((p) => p.phase !== 'published');
  const closed = annual.find((p) => p.phase === 'published');
  const load = (plan: { id: number; startYear: number } | undefined) =>
    plan ? { year: plan.startYear, indicators: listIndicatorsWithValues(db, plan.id, plan.startYear) } : null;
  return { open: load(open), closed: load(closed) };
}
