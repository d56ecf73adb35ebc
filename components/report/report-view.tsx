import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { PdfDownloadLink } from '@/components/report/pdf-download-link';
import { PrintButton } from '@/components/report/print-button';
import { ReportPaper } from '@/components/report/report-paper';
import { ReportVersions } from '@/components/report/report-versions';
import { UnfilledTokensNote } from '@/components/report/unfilled-tokens-note';
import type { Db } from '@/db/open';
import { listPlansCoveringYear } from '@/db/queries/plans';
import type { ReportPlan } from '@/db/queries/report';
import { listPublishedReports } from '@/db/queries/report-publish';
import type { ReportDoc } from '@/lib/report/model';
import { formatDateJa } from '@/lib/report/official';
import { pdfAvailable } from '@/lib/report/pdf';

const linkClass = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50';

/**
 * A plan's evaluation document as it will be published, with its print view, downloads and
 * published versions: the same for an annual plan (/years/<year>/report) and a mid-term one
 * (/midterm/<id>/report). The downloads are the report routes of `year`; `planQuery` is
 * `?plan=<id>` when they must name the plan (a mid-term plan, or a plan named in the URL).
 */
export async function ReportView({
  db,
  organisationId,
  plan,
  doc,
  year,
  planQuery: q,
}: {
  db: Db;
  organisationId: number;
  plan: ReportPlan;
  doc: ReportDoc;
  year: number;
  planQuery: string;
}) {
  const [t, te] = await Promise.all([getTranslations('report'), getTranslations('exportLinks')]);
  const versions = listPublishedReports(db, plan.id);
  const covering = listPlansCoveringYear(db, organisationId, year);
  const base = `/years/${year}`;
  const latest = versions[0];
  const officialCurrent = plan.phase === 'published' && latest && plan.publishedAt && latest.createdAt >= plan.publishedAt;
  const pdfLabel =
    plan.phase !== 'published' ? t('pdfDraft') : officialCurrent ? t('pdfOfficial', { version: latest.version }) : t('pdfPending');
  const browser = pdfAvailable();
  const downloads = [
    ['report.xlsx', t('xlsx')],
    ['report.csv', t('csv')],
    ['report.docx', te('docx')],
    ['workbook.xlsx', te('workbook')],
  ] as const;
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
      {covering.length > 1 && (
        <nav aria-label={t('planSwitch')} className="flex flex-wrap gap-2 print:hidden">
          {covering.map((p) => (
            <Link
              key={p.id}
              href={p.kind === 'annual' ? `${base}/report` : `/midterm/${p.id}/report`}
              aria-current={p.id === plan.id ? 'page' : undefined}
              className={`${linkClass} ${p.id === plan.id ? 'font-semibold' : ''}`}
            >
              {p.kind === 'annual' ? t('annual') : t('midterm')}: {p.title}
            </Link>
          ))}
        </nav>
      )}
      <section aria-label={t('downloads')} className="flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`${base}/report/print${q}`} className={linkClass}>
          {t('print')}
        </Link>
        <PrintButton label={t('printNow')} />
        {browser && <PdfDownloadLink href={`${base}/report.pdf${q}`} className={linkClass} label={pdfLabel} />}
        {downloads.map(([file, label]) => (
          <a key={file} href={`${base}/${file}${q}`} className={linkClass} download>
            {label}
          </a>
        ))}
      </section>
      {!browser && (
        <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-950 print:hidden">
          {t('noBrowser')}
        </p>
      )}
      <UnfilledTokensNote tokens={doc.unfilledTokens ?? []} />
      <ReportPaper doc={doc} label={t('documentLabel')} />
      {plan.phase === 'published' || versions.length > 0 ? (
        <div className="print:hidden">
          <ReportVersions versions={versions} pdfHref={(v) => `${base}/report.pdf?${q ? `plan=${plan.id}&` : ''}version=${v}`} />
        </div>
      ) : null}
    </div>
  );
}
