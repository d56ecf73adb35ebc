import 'server-only';
// Shared by the report's route handlers: the signed-in user, the policy, and the plan of the URL.
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { getAnnualPlan } from '@/db/queries/plans';
import { getReportPlan, type ReportPlan } from '@/db/queries/report';
import { can } from '@/lib/auth/policy';
import { type CurrentUser, getCurrentUser } from '@/lib/auth/session';

export type ReportRequest = { user: CurrentUser; plan: ReportPlan; db: Db };

/**
 * The plan of /years/<year>/report…: the annual plan, or `?plan=<id>` for another plan of the
 * organisation that covers the year (a mid-term plan). A Response when refused.
 */
export async function loadReportRequest(yearParam: string, planParam: string | null): Promise<ReportRequest | Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('login required', { status: 401 });
  if (!can(user, 'report.read')) return new Response('forbidden', { status: 403 });
  if (!/^\d{4}$/.test(yearParam)) return new Response('not found', { status: 404 });
  const year = Number(yearParam);
  const db = getDb();
  const plan = resolveReportPlan(db, user.organisationId, year, planParam);
  if (!plan || !can(user, 'plan.read', { phase: plan.phase })) return new Response('not found', { status: 404 });
  return { user, plan, db };
}

export function resolveReportPlan(db: Db, organisationId: number, year: number, planParam: string | null | undefined): ReportPlan | null {
  if (planParam == null || planParam === '') return getAnnualPlan(db, organisationId, year);
  if (!/^\d+$/.test(planParam)) return null;
  const plan = getReportPlan(db, organisationId, Number(planParam));
  return plan && plan.startYear <= year && year <= plan.endYear ? plan : null;
}

/** The self-assessments a reader may see in a draft report (the policy's assessment.read). */
export function narrativeFilter(user: CurrentUser) {
  return (status: 'draft' | 'submitted' | 'returned' | 'approved' | null) => can(user, 'assessment.read', { status: status ?? undefined });
}

/** report-2024.pdf, report-2024-2026-midterm.xlsx … (ASCII; the title goes in filename*). */
export function downloadName(plan: ReportPlan, ext: string, suffix = ''): string {
  const years = plan.startYear === plan.endYear ? `${plan.startYear}` : `${plan.startYear}-${plan.endYear}`;
  return `report-${years}${plan.kind === 'midterm' ? '-midterm' : ''}${suffix}.${ext}`;
}

export function contentDisposition(ascii: string, utf8: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`;
}
