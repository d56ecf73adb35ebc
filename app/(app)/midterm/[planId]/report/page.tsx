import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { PrintButton } from '@/components/report/print-button';
import { ReportPaper } from '@/components/report/report-paper';
import { ReportVersions } from '@/components/report/report-versions';
import { listPublishedReports } from '@/db/queries/report-publish';
import { can } from '@/lib/auth/policy';
import { buildReportForPlan } from '@/lib/report/build';
import { formatDateJa } from '@/lib/report/official';
import { pdfAvailable } from '@/lib/report/pdf';
import { narrativeFilter } from '@/lib/report/request';
import { loadMidterm } from '../../load';

const linkClass = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50';

/**
 * A mid-term plan's own evaluation document, its print view and downloads. The downloads are the
 * report routes of the plan's first year with `?plan=`, which need no annual plan of that year.
 */
export default async function MidtermReportPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, plan, db } = await loadMidterm(planId);
  if (!can(user, 'report.read')) notFound();
  const t = await getTranslations('report');
  const doc = buildReportForPlan(db, plan, { narrativeVisible: narrativeFilter(user) });
  const versions = listPublishedReports(db, plan.id);
  const base = `/years/${plan.startYear}`;
  const q = `?plan=${plan.id}`;
  const latest = versions[0];
  const officialCurrent = plan.phase === 'published' && latest && plan.publishedAt && latest.createdAt >= plan.publishedAt;
  const pdfLabel =
    plan.phase !== 'published' ? t('pdfDraft') : officialCurrent ? t('pdfOfficial', { version: latest.version }) : t('pdfPending');
  const browser = pdfAvailable();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <h1 className="text-xl font-semibold">{t('title')}</h1>
        <span
          className={`rounded px-2 py-0.5 text-sm ${doc.draft ? 'bg-red-100 text-red-900' : 'bg-emerald-100 text-emerald-900'}`}
          data-testid="report-status"
        >
          {doc.draft ? t('statusDraft') : t('statusPublished', { date: formatDateJa(plan.publishedAt ?? '') })}
        </span>
      </div>
      <section aria-label={t('downloads')} className="flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`${base}/report/print${q}`} className={linkClass}>
          {t('print')}
        </Link>
        <PrintButton label={t('printNow')} />
        {browser && (
          <a href={`${base}/report.pdf${q}`} className={linkClass} download>
            {pdfLabel}
          </a>
        )}
        <a href={`${base}/report.xlsx${q}`} className={linkClass} download>
          {t('xlsx')}
        </a>
        <a href={`${base}/report.csv${q}`} className={linkClass} download>
          {t('csv')}
        </a>
      </section>
      {!browser && (
        <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-950 print:hidden">
          {t('noBrowser')}
        </p>
      )}
      <ReportPaper doc={doc} label={t('documentLabel')} />
      {plan.phase === 'published' || versions.length > 0 ? (
        <div className="print:hidden">
          <ReportVersions versions={versions} pdfHref={(v) => `${base}/report.pdf?plan=${plan.id}&version=${v}`} />
        </div>
      ) : null}
    </div>
  );
}
