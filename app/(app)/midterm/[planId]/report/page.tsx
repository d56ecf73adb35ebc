import { notFound } from 'next/navigation';
import { ReportView } from '@/components/report/report-view';
import { can } from '@/lib/auth/policy';
import { reportDocFor } from '@/lib/report/build';
import { narrativeFilter } from '@/lib/report/request';
import { loadMidterm } from '../../load';

/**
 * A mid-term plan's own evaluation document (its published snapshot once published), its print
 * view and downloads: the report routes of the plan's first year with `?plan=`, which need no
 * annual plan of that year.
 */
export default async function MidtermReportPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, plan, db } = await loadMidterm(planId);
  if (!can(user, 'report.read')) notFound();
  const doc = reportDocFor(db, plan, { narrativeVisible: narrativeFilter(user) });
  return (
    <ReportView db={db} organisationId={user.organisationId} plan={plan} doc={doc} year={plan.startYear} planQuery={`?plan=${plan.id}`} />
  );
}
