// Reads an uploaded actuals workbook into rows of text. It writes nothing: the rows then go to
// the importActuals action, which validates every cell and saves all or nothing.
import { readActualsWorkbook } from '@/lib/excel/actuals';
import { loadActualsScope } from '../load';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 2 * 1024 * 1024;
const tooLarge = () => Response.json({ ok: false, code: 'too_large' }, { status: 413 });

export async function POST(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const scope = await loadActualsScope((await params).year);
  if (!scope.ok) return scope.response;
  // Refused before reading when the request says it is too big (the file's own size is checked too).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES + 64 * 1024) return tooLarge();
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return Response.json({ ok: false, code: 'no_file' }, { status: 400 });
  if (file.size > MAX_BYTES) return tooLarge();
  const result = await readActualsWorkbook(await file.arrayBuffer());
  return Response.json(result, { status: result.ok ? 200 : 400, headers: { 'cache-control': 'no-store' } });
}
