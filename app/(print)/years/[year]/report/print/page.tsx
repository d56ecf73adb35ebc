import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { PrintButton } from '@/components/report/print-button';
import { ReportPaper } from '@/components/report/report-paper';
import { loadReportPage, type ReportPageProps } from '@/lib/report/page-load';

/** The document alone, outside the app's chrome, for the browser's print (A4, page numbers, 案). */
export default async function ReportPrintPage(props: ReportPageProps) {
  const { year, plan, doc, planQuery } = await loadReportPage(props);
  const t = await getTranslations('report');
  return (
    <main className="min-h-screen bg-slate-100 py-6 print:bg-white print:py-0">
      <div className="mx-auto mb-4 flex max-w-[210mm] gap-2 print:hidden">
        <PrintButton label={t('printNow')} />
        <Link
          href={plan.kind === 'midterm' ? `/midterm/${plan.id}/report` : `/years/${year}/report${planQuery}`}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-brand-700"
        >
          {t('backToPreview')}
        </Link>
      </div>
      <ReportPaper doc={doc} label={t('documentLabel')} />
    </main>
  );
}
