import { ReportView } from '@/components/report/report-view';
import { loadReportPage, type ReportPageProps } from '@/lib/report/page-load';

/** The evaluation document of a plan, as it will be published, with its print view and downloads. */
export default async function ReportPage(props: ReportPageProps) {
  const { user, year, db, plan, doc, planQuery } = await loadReportPage(props);
  return <ReportView db={db} organisationId={user.organisationId} plan={plan} doc={doc} year={year} planQuery={planQuery} />;
}
