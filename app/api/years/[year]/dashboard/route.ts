// The year dashboard's data for react-query: the same loader and policy as the page.
import { getDb } from '@/db/client';
import { apiError } from '@/lib/api-error';
import { loadDashboardCached } from '@/db/queries/dashboard';
import { getAnnualPlan } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { toWire } from '@/lib/dashboard/wire';
import { requireRoute } from '@/lib/auth/require';
import { japanDate, overdueDeadline } from '@/lib/domain/progress';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await requireRoute('dashboard.read');
  if (user instanceof Response) return user;
  const { year: yearParam } = await params;
  if (!/^\d{4}$/.test(yearParam)) return apiError(404, 'not_found');
  const year = Number(yearParam);
  const db = getDb();
  const plan = getAnnualPlan(db, user.organisationId, year);
  if (!plan || !can(user, 'plan.read', { phase: plan.phase })) return apiError(404, 'not_found');
  const dept = new URL(request.url).searchParams.get('dept');
  const departmentId = dept && /^\d+$/.test(dept) ? Number(dept) : null;
  const data = loadDashboardCached(db, {
    organisationId: user.organisationId,
    planId: plan.id,
    year,
    entryDeadline: overdueDeadline(plan),
    today: japanDate(new Date()),
    departmentId,
  });
  return Response.json(toWire(data, { phase: plan.phase, loadedAt: new Date().toISOString() }), {
    headers: { 'cache-control': 'no-store' },
  });
}
