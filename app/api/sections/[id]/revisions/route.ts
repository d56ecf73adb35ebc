// The texts of some saved versions of a section's self-assessment, for the history's comparison:
// the page lists the versions without their texts (every autosave is one).
//   GET /api/sections/12/revisions?versions=3,5 → { revisions: [{ version, narrative, rating }] }
import { getDb } from '@/db/client';
import { getAssessmentTarget, listRevisionTexts } from '@/db/queries/assessments';
import { apiError } from '@/lib/api-error';
import { refuseRoute } from '@/lib/auth/require';
import { getCurrentUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** At most this many versions a request: two are compared at a time. */
const MAX_VERSIONS = 10;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return apiError(401, 'unauthenticated');
  const { id } = await params;
  const list = new URL(request.url).searchParams.get('versions') ?? '';
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}(,\d{1,9}){0,9}$/.test(list)) return apiError(400, 'invalid');
  const versions = [...new Set(list.split(',').map(Number))].slice(0, MAX_VERSIONS);
  const db = getDb();
  const target = getAssessmentTarget(db, user.organisationId, Number(id));
  if (!target || target.assessmentId === null) return apiError(404, 'not_found');
  const refusal =
    (await refuseRoute(user, 'section.read', { departmentId: target.departmentId })) ??
    (await refuseRoute(user, 'assessment.history', {
      phase: target.phase,
      departmentId: target.departmentId,
      status: target.status ?? undefined,
    }));
  if (refusal) return refusal;
  return Response.json({ revisions: listRevisionTexts(db, target.sectionId, versions) }, { headers: { 'cache-control': 'no-store' } });
}
