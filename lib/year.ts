import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { getAnnualPlan, listPlans } from '@/db/queries/plans';
import { can, type PolicyUser } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

/** The signed-in user and the annual plan of /years/<year>; 404 for a year without a plan. */
export const loadYear = cache(async (yearParam: string) => {
  const user = await requireUser();
  if (!/^\d{4}$/.test(yearParam)) notFound();
  const year = Number(yearParam);
  const db = getDb();
  const plan = getAnnualPlan(db, user.organisationId, year);
  if (!plan || !can(user, 'plan.read', { phase: plan.phase })) notFound();
  return { user, plan, year, db };
});

/** The plans of a kind the user may open (the year switches and the mid-term list show only these). */
function readablePlans(db: Db, user: PolicyUser & { organisationId: number }, kind: 'annual' | 'midterm') {
  return listPlans(db, user.organisationId).filter((p) => p.kind === kind && can(user, 'plan.read', { phase: p.phase }));
}

export const readableAnnualPlans = (db: Db, user: PolicyUser & { organisationId: number }) => readablePlans(db, user, 'annual');
export const readableMidtermPlans = (db: Db, user: PolicyUser & { organisationId: number }) => readablePlans(db, user, 'midterm');

/**
 * What of the organisation's records the user may see across years: the plans they may read, and
 * the years whose annual plan is hidden from them (the committee sees a year in review or
 * published only, so not through a mid-term plan's record of that year either).
 */
export function visibleRecords(db: Db, user: PolicyUser & { organisationId: number }) {
  const all = listPlans(db, user.organisationId);
  const plans = new Set(all.flatMap((p) => (can(user, 'plan.read', { phase: p.phase }) ? [p.id] : [])));
  const hiddenYears = new Set(all.flatMap((p) => (p.kind === 'annual' && !plans.has(p.id) ? [p.startYear] : [])));
  return {
    shows: (r: { planId?: number; fiscalYear: number }) =>
      (r.planId === undefined || plans.has(r.planId)) && !hiddenYears.has(r.fiscalYear),
  };
}
