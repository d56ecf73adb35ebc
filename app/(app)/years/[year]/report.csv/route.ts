import { reportDocFor } from '@/lib/report/build';
import { reportCsv } from '@/lib/report/export';
import { contentDisposition, downloadName, loadReportRequest } from '@/lib/report/request';

export const dynamic = 'force-dynamic';

/** The report's tables as CSV (UTF-8 with BOM); `?table=kpi|financial|midterm` for one table. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const url = new URL(request.url);
  const loaded = await loadReportRequest(year, url.searchParams.get('plan'));
  if (loaded instanceof Response) return loaded;
  const doc = reportDocFor(loaded.db, loaded.plan);
  const key = url.searchParams.get('table') ?? undefined;
  if (key !== undefined && !doc.tables.some((t) => t.key === key)) return new Response('not found', { status: 404 });
  const name = downloadName(loaded.plan, 'csv', `${key ? `-${key}` : ''}${doc.draft ? '-draft' : ''}`);
  return new Response(reportCsv(doc, key), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': contentDisposition(name, `${doc.title}${doc.draft ? '（案）' : ''}.csv`),
      'cache-control': 'private, no-store',
    },
  });
}
