import { reportDocFor } from '@/lib/report/build';
import { reportWorkbook } from '@/lib/report/export';
import { contentDisposition, downloadName, loadReportRequest } from '@/lib/report/request';

export const dynamic = 'force-dynamic';

/** The report's tables, one sheet each, numbers as numbers with yen and percent formats. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const loaded = await loadReportRequest(year, new URL(request.url).searchParams.get('plan'));
  if (loaded instanceof Response) return loaded;
  const doc = reportDocFor(loaded.db, loaded.plan);
  const body = await reportWorkbook(doc);
  const name = downloadName(loaded.plan, 'xlsx', doc.draft ? '-draft' : '');
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition(name, `${doc.title}${doc.draft ? '（案）' : ''}.xlsx`),
      'cache-control': 'private, no-store',
    },
  });
}
