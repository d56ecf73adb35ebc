import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getPlanForAdmin } from '@/db/queries/admin-plans';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/require';

/**
 * The plan of /admin/plans/<id> for an admin; 404 otherwise (each page asks through this, not
 * through the admin layout, which renders beside the page and cannot stop it). `editable` is
 * false once published.
 */
export const loadAdminPlan = cache(async (idParam: string) => {
  const user = await requirePage('plan.admin');
  if (!/^\d+$/.test(idParam)) notFound();
  const db = getDb();
  const plan = getPlanForAdmin(db, user.organisationId, Number(idParam));
  if (!plan) notFound();
  return { user, plan, db, editable: can(user, 'plan.admin', { phase: plan.phase }) };
});
