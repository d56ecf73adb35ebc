import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/report/print-button';
import { ReportPaper } from '@/components/report/report-paper';
import { can } from '@/lib/auth/policy';
import { buildReportForPlan } from '@/lib/report/build';
import { narrativeFilter, resolveReportPlan } from '@/lib/report/request';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/session';

/** The document alone, outside the app's chrome, for the browser's print (A4, page numbers, 案). */
export default async function ReportPrintPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ plan?: string }>;
}) {
  const [{ year: yearParam }, sp] = await Promise.all([params, searchParams]);
  // A mid-term plan (?plan=) prints without an annual plan of the year: only the plan must cover it.
  const user = await requireUser();
  if (!/^\d{4}$/.test(yearParam) || !can(user, 'report.read')) notFound();
  const year = Number(yearParam);
  const db = getDb();
  const plan = resolveReportPlan(db, user.organisationId, year, sp.plan);
  if (!plan) notFound();
  const t = await getTranslations('report');
  const doc = buildReportForPlan(db, plan, { narrativeVisible: narrativeFilter(user) });
  return (
    <main className="min-h-screen bg-slate-100 py-6 print:bg-white print:py-0">
      <div className="mx-auto mb-4 flex max-w-[210mm] gap-2 print:hidden">
        <PrintButton label={t('printNow')} />
        <Link
          href={plan.kind === 'midterm' ? `/midterm/${plan.id}/report` : `/years/${year}/report${sp.plan ? `?plan=${plan.id}` : ''}`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700"
        >
          {t('backToPreview')}
        </Link>
      </div>
      <ReportPaper doc={doc} label={t('documentLabel')} />
    </main>
  );
}
