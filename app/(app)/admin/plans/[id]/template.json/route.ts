import { getDb } from '@/db/client';
import { getPlanForAdmin, loadSourcePlan } from '@/db/queries/admin-plans';
import { listDepartments } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { getCurrentUser } from '@/lib/auth/session';
import { planTemplate } from '@/lib/plans/template-file';

export const dynamic = 'force-dynamic';

/** The plan's outline, indicators and 決算概要 lines as a template file (no figures, no text). Admin only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('login required', { status: 401 });
  if (!can(user, 'plan.admin')) return new Response('forbidden', { status: 403 });
  const { id } = await params;
  const db = getDb();
  const plan = /^\d+$/.test(id) ? getPlanForAdmin(db, user.organisationId, Number(id)) : null;
  if (!plan) return new Response('not found', { status: 404 });
  const codeById = new Map(listDepartments(db, user.organisationId).map((d) => [d.id, d.code]));
  const template = planTemplate(
    loadSourcePlan(db, plan),
    { name: plan.title, numbering: plan.numbering, displayUnit: plan.displayUnit },
    codeById,
  );
  const ascii = `hyoka-template-${plan.startYear}.json`;
  return new Response(`${JSON.stringify(template, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${plan.title}.template.json`)}`,
      'cache-control': 'no-store',
    },
  });
}
