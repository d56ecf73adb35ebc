import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getAnnualPlan } from '@/db/queries/plans';
import { requireUser } from '@/lib/auth/session';

/** The signed-in user and the annual plan of /years/<year>; 404 for a year without a plan. */
export const loadYear = cache(async (yearParam: string) => {
  const user = await requireUser();
  if (!/^\d{4}$/.test(yearParam)) notFound();
  const year = Number(yearParam);
  const db = getDb();
  const plan = getAnnualPlan(db, user.organisationId, year);
  if (!plan) notFound();
  return { user, plan, year, db };
});
