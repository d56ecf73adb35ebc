// Shared by the actuals download and upload routes: who may, and which indicators are theirs.
import 'server-only';
import { getDb } from '@/db/client';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { getAnnualPlan } from '@/db/queries/plans';
import type { ActionErrorCode } from '@/lib/actions/result';
import { apiError } from '@/lib/api-error';
import { requireRoute } from '@/lib/auth/require';
import type { CurrentUser } from '@/lib/auth/session';

type Loaded = { ok: true; user: CurrentUser; year: number; planId: number } | { ok: false; response: Response };

const refuse = async (status: number, error: ActionErrorCode): Promise<Loaded> => ({ ok: false, response: await apiError(status, error) });

/** Staff get their departments' indicators, admin every one; other roles enter no actuals. */
export async function loadActualsScope(yearParam: string): Promise<Loaded> {
  const user = await requireRoute('actuals.import');
  if (user instanceof Response) return { ok: false, response: user };
  if (!/^\d{4}$/.test(yearParam)) return refuse(404, 'not_found');
  const plan = getAnnualPlan(getDb(), user.organisationId, Number(yearParam));
  if (!plan) return refuse(404, 'not_found');
  return { ok: true, user, year: plan.startYear, planId: plan.id };
}

export function actualsRowsFor(scope: { user: CurrentUser; year: number; planId: number }) {
  return listIndicatorsForEntry(getDb(), scope.planId, scope.year, {
    departmentIds: scope.user.role === 'admin' ? null : scope.user.departmentIds,
  });
}
