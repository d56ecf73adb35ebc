import { getTranslations } from '@/lib/i18n/get-translations';
import { getPublishedReportFile } from '@/db/queries/report-publish';
import { reportDocFor } from '@/lib/report/build';
import { getOfficialPdf } from '@/lib/report/official';
import { htmlToPdf, PdfUnavailableError } from '@/lib/report/pdf';
import { renderReportDocument } from '@/lib/report/render-html';
import { contentDisposition, downloadName, loadReportRequest, narrativeFilter } from '@/lib/report/request';
import { reportCss } from '@/lib/report/styles';

export const dynamic = 'force-dynamic';

function pdfResponse(pdf: Buffer, ascii: string, utf8: string, extra: Record<string, string> = {}) {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': contentDisposition(ascii, utf8),
      'content-length': String(pdf.length),
      'cache-control': 'private, no-store',
      ...extra,
    },
  });
}

/**
 * A published year: its official PDF (stored on publication, or now on the first download);
 * `?version=N` an earlier version. Any other year: a draft rendered now, marked 案 on every page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const url = new URL(request.url);
  const loaded = await loadReportRequest(year, url.searchParams.get('plan'));
  if (loaded instanceof Response) return loaded;
  const { user, plan, db } = loaded;
  const t = await getTranslations('report');
  const versionParam = url.searchParams.get('version');
  if (versionParam !== null) {
    if (!/^\d+$/.test(versionParam)) return new Response('not found', { status: 404 });
    const file = getPublishedReportFile(db, plan.id, Number(versionParam));
    if (!file) return new Response(t('download.noSuchVersion'), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const name = downloadName(plan, 'pdf', `-v${file.version}`);
    const title = reportDocFor(db, plan, {}).title;
    return pdfResponse(Buffer.from(file.pdf), name, `${title}（v${file.version}）.pdf`, {
      'x-report-version': String(file.version),
      'x-report-sha256': file.sha256,
    });
  }
  try {
    if (plan.phase === 'published') {
      const official = await getOfficialPdf(db, plan, user.id);
      const name = downloadName(plan, 'pdf', `-v${official.version}`);
      // The title as entered names the file (filename*); the ASCII name is the fallback.
      const title = reportDocFor(db, plan, {}).title;
      return pdfResponse(official.pdf, name, `${title}.pdf`, {
        'x-report-version': String(official.version),
        'x-report-sha256': official.sha256,
      });
    }
    const doc = reportDocFor(db, plan, { narrativeVisible: narrativeFilter(user) });
    const pdf = await htmlToPdf(renderReportDocument(doc, reportCss({ draft: true })));
    const name = downloadName(plan, 'pdf', '-draft');
    return pdfResponse(pdf, name, `${doc.title}（案）.pdf`, { 'x-report-draft': 'true' });
  } catch (e) {
    if (!(e instanceof PdfUnavailableError)) throw e;
    console.error(JSON.stringify({ event: 'report.pdf.unavailable', planId: plan.id, reason: e.reason }));
    return new Response(t('download.pdfUnavailable', { printUrl: `/years/${year}/report/print` }), {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
}
