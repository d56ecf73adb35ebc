import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getReportPlan } from '@/db/queries/report';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

/**
 * The mid-term plan of /midterm/<planId>, scoped by organisation and readable by this user in its
 * phase (the committee reads a plan in review or published, as an annual one); 404 for anything else.
 */
export const loadMidterm = cache(async (planIdParam: string) => {
  const user = await requireUser();
  if (!/^\d+$/.test(planIdParam)) notFound();
  const db = getDb();
  const plan = getReportPlan(db, user.organisationId, Number(planIdParam));
  if (plan?.kind !== 'midterm' || !can(user, 'plan.read', { phase: plan.phase })) notFound();
  return { user, plan, db };
});
