import type { ReportDoc } from '@/lib/report/model';
import { renderReportBody } from '@/lib/report/render-html';
import { reportCss } from '@/lib/report/styles';

/**
 * The document as one A4-wide sheet. The markup is the same string Chromium prints for the PDF
 * (lib/report/render-html.ts escapes every value), so the preview is what gets published.
 */
export function ReportPaper({ doc, label }: { doc: ReportDoc; label: string }) {
  return (
    <>
      <style>{reportCss({ draft: doc.draft })}</style>
      <div
        role="region"
        aria-label={label}
        className="rpt-paper mx-auto bg-white px-4 py-6 shadow-md sm:px-[18mm] sm:py-[20mm] ring-1 ring-slate-200 print:p-0 print:shadow-none print:ring-0"
        style={{ maxWidth: '210mm' }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: renderReportBody escapes every value it interpolates (lib/report/render-html.ts)
        dangerouslySetInnerHTML={{ __html: renderReportBody(doc) }}
      />
    </>
  );
}
