import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { keptUntilDataChanges } from './data-cache';
import { departments, organisations, plans } from '../schema';

const organisationById = preparedPer((db) =>
  db
    .select()
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('organisationId')))
    .prepare(),
);

export function getOrganisation(db: Db, organisationId: number) {
  return organisationById(db).get({ organisationId }) ?? null;
}

/** The login page's organisation: its names and whether it is the demo (every anonymous visit runs it). */
const firstOrganisation = preparedPer((db) =>
  db
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, isDemo: organisations.isDemo })
    .from(organisations)
    .orderBy(organisations.id)
    .limit(1)
    .prepare(),
);

export function getFirstOrganisation(db: Db) {
  return firstOrganisation(db).get() ?? null;
}

const plansOfOrganisation = preparedPer((db) =>
  db
    .select({
      id: plans.id,
      kind: plans.kind,
      title: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      phase: plans.phase,
      isDemoData: plans.isDemoData,
    })
    .from(plans)
    .where(eq(plans.organisationId, sql.placeholder('organisationId')))
    .orderBy(desc(plans.startYear), plans.kind)
    .prepare(),
);

type PlanListRow = ReturnType<ReturnType<typeof plansOfOrganisation>['all']>[number];

/**
 * The organisation's plans, newest first: every page of a year asks (its year switch, the header's
 * mid-term link), so the list is kept until the data changes (./data-cache). Read-only.
 */
export function listPlans(db: Db, organisationId: number): readonly PlanListRow[] {
  return keptUntilDataChanges(db, ['plans', organisationId], () => plansOfOrganisation(db).all({ organisationId }));
}

/** The annual plan of a fiscal year (the /years/<fy> pages). */
const annualPlanOfYear = preparedPer((db) =>
  db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.organisationId, sql.placeholder('organisationId')),
        eq(plans.kind, 'annual'),
        eq(plans.startYear, sql.placeholder('fiscalYear')),
      ),
    )
    .prepare(),
);

export function getAnnualPlan(db: Db, organisationId: number, fiscalYear: number) {
  return annualPlanOfYear(db).get({ organisationId, fiscalYear }) ?? null;
}

/** The plans (annual and mid-term) whose years include a fiscal year (every report page asks). */
const plansCoveringYear = preparedPer((db) =>
  db
    .select({ id: plans.id, kind: plans.kind, title: plans.title })
    .from(plans)
    .where(
      and(
        eq(plans.organisationId, sql.placeholder('organisationId')),
        lte(plans.startYear, sql.placeholder('fiscalYear')),
        gte(plans.endYear, sql.placeholder('fiscalYear')),
      ),
    )
    .prepare(),
);

export function listPlansCoveringYear(db: Db, organisationId: number, fiscalYear: number) {
  return plansCoveringYear(db).all({ organisationId, fiscalYear });
}

/** The year people work on now: the latest annual plan in entry or review, else the latest one. */
export function getCurrentFiscalYear(db: Db, organisationId: number): number | null {
  const active = db
    .select({ year: plans.startYear })
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), eq(plans.kind, 'annual'), inArray(plans.phase, ['entry', 'review'])))
    .orderBy(desc(plans.startYear))
    .get();
  if (active) return active.year;
  const latest = db
    .select({ year: plans.startYear })
    .from(plans)
    .where(and(eq(plans.organisationId, organisationId), eq(plans.kind, 'annual')))
    .orderBy(desc(plans.startYear))
    .get();
  return latest?.year ?? null;
}

/** The year the committee reviews: one in review, else the latest published one. */
export function getReviewFiscalYear(db: Db, organisationId: number): number | null {
  for (const phase of ['review', 'published'] as const) {
    const row = db
      .select({ year: plans.startYear })
      .from(plans)
      .where(and(eq(plans.organisationId, organisationId), eq(plans.kind, 'annual'), eq(plans.phase, phase)))
      .orderBy(desc(plans.startYear))
      .get();
    if (row) return row.year;
  }
  return getCurrentFiscalYear(db, organisationId);
}

export function listDepartments(db: Db, organisationId: number) {
  return db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.organisationId, organisationId))
    .orderBy(departments.sortOrder)
    .all();
}

/** A plan of the organisation, for an action to check before it writes (a foreign id finds nothing). */
export function getPlanOfOrganisation(db: Db, organisationId: number, planId: number) {
  return (
    db
      .select({
        id: plans.id,
        phase: plans.phase,
        independentReview: plans.independentReview,
        opinionsForm: plans.opinionsForm,
        version: plans.version,
      })
      .from(plans)
      .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** Independent review on or off, from the version the admin saw; 0 when someone changed the plan first. */
export function setPlanIndependentReview(db: Db, organisationId: number, planId: number, version: number, enabled: boolean): number {
  return db
    .update(plans)
    .set({ independentReview: enabled, version: sql`${plans.version} + 1`, updatedAt: new Date().toISOString() })
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId), eq(plans.version, version)))
    .run().changes;
}
