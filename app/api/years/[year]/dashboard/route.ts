// The year dashboard's data for react-query: the same loader and policy as the page.
import { getDb } from '@/db/client';
import { loadDashboard } from '@/db/queries/dashboard';
import { getAnnualPlan } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { japanDate, overdueDeadline } from '@/lib/domain/progress';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthenticated', message: 'Sign in again.' }, { status: 401 });
  if (!can(user, 'dashboard.read')) return Response.json({ error: 'forbidden', message: 'Not allowed.' }, { status: 403 });
  const { year: yearParam } = await params;
  if (!/^\d{4}$/.test(yearParam)) return Response.json({ error: 'not_found', message: 'No such year.' }, { status: 404 });
  const year = Number(yearParam);
  const db = getDb();
  const plan = getAnnualPlan(db, user.organisationId, year);
  if (!plan) return Response.json({ error: 'not_found', message: 'No such year.' }, { status: 404 });
  const dept = new URL(request.url).searchParams.get('dept');
  const departmentId = dept && /^\d+$/.test(dept) ? Number(dept) : null;
  const data = loadDashboard(db, {
    organisationId: user.organisationId,
    planId: plan.id,
    year,
    entryDeadline: overdueDeadline(plan),
    today: japanDate(new Date()),
    departmentId,
  });
  return Response.json({ ...data, phase: plan.phase, loadedAt: new Date().toISOString() }, { headers: { 'cache-control': 'no-store' } });
}
