import 'server-only';
// The report's two pages (the preview in the app and the bare print view) load the same thing:
// the year, the reader's right to read reports, the plan of the URL and the document as this
// reader may see it. 404 for anything refused or unknown.
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/policy';
import { loadYear } from '@/lib/year';
import { reportDocFor } from './build';
import { narrativeFilter, resolveReportPlan } from './request';

export type ReportPageProps = { params: Promise<{ year: string }>; searchParams: Promise<{ plan?: string }> };

export async function loadReportPage({ params, searchParams }: ReportPageProps) {
  const [{ year: yearParam }, sp] = await Promise.all([params, searchParams]);
  const { user, year, db } = await loadYear(yearParam);
  if (!can(user, 'report.read')) notFound();
  const plan = resolveReportPlan(db, user.organisationId, year, sp.plan);
  if (!plan) notFound();
  const doc = reportDocFor(db, plan, { narrativeVisible: narrativeFilter(user) });
  /** `?plan=<id>` when the URL named a plan, so that links between the two pages keep it. */
  const planQuery = sp.plan ? `?plan=${plan.id}` : '';
  return { user, year, db, plan, doc, planQuery };
}
