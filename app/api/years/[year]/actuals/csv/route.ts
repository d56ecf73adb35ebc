// The user's indicators and actuals as CSV (UTF-8 with BOM, for Japanese Excel).
import { actualsCsv } from '@/lib/excel/actuals';
import { actualsRowsFor, loadActualsScope } from '../load';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const scope = await loadActualsScope((await params).year);
  if (!scope.ok) return scope.response;
  return new Response(actualsCsv(actualsRowsFor(scope)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="actuals-${scope.year}.csv"; filename*=UTF-8''${encodeURIComponent(`実績_${scope.year}年度.csv`)}`,
      'cache-control': 'no-store',
    },
  });
}
