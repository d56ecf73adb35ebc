import { reportDocx } from '@/lib/export/docx';
import { buildReportForPlan } from '@/lib/report/build';
import { contentDisposition, downloadName, loadReportRequest, narrativeFilter } from '@/lib/report/request';

export const dynamic = 'force-dynamic';

/** The report as Word, from the same model as the HTML report; what the reader may read. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const loaded = await loadReportRequest(year, new URL(request.url).searchParams.get('plan'));
  if (loaded instanceof Response) return loaded;
  const doc = buildReportForPlan(loaded.db, loaded.plan, { narrativeVisible: narrativeFilter(loaded.user) });
  const body = await reportDocx(doc);
  const name = downloadName(loaded.plan, 'docx', doc.draft ? '-draft' : '');
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'content-disposition': contentDisposition(name, `${doc.title}${doc.draft ? '（案）' : ''}.docx`),
      'cache-control': 'private, no-store',
    },
  });
}
