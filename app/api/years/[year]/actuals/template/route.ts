// The .xlsx template of the user's indicators, prefilled with the values entered so far.
import { buildActualsWorkbook } from '@/lib/excel/actuals';
import { actualsRowsFor, loadActualsScope } from '../load';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const scope = await loadActualsScope((await params).year);
  if (!scope.ok) return scope.response;
  const body = await buildActualsWorkbook(actualsRowsFor(scope));
  const name = `actuals-${scope.year}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`実績入力_${scope.year}年度.xlsx`)}`,
      'cache-control': 'no-store',
    },
  });
}
