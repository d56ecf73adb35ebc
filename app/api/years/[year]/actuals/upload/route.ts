// Reads an uploaded actuals workbook into rows of text. It writes nothing: the rows then go to
// the importActuals action, which validates every cell and saves all or nothing.
import { getTranslations } from '@/lib/i18n/get-translations';
import { readActualsWorkbook } from '@/lib/excel/actuals';
import { loadActualsScope } from '../load';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 2 * 1024 * 1024;

/** A refused file: its code (the form shows the message for it) and the message itself, for other clients. */
async function refused(code: string, status: number) {
  const t = await getTranslations('excel.fileErrors');
  return Response.json({ ok: false, code, message: t(code) }, { status, headers: { 'cache-control': 'no-store' } });
}
const tooLarge = () => refused('too_large', 413);

export async function POST(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const scope = await loadActualsScope((await params).year);
  if (!scope.ok) return scope.response;
  // Refused before reading when the request says it is too big (the file's own size is checked too).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES + 64 * 1024) return tooLarge();
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return refused('no_file', 400);
  if (file.size > MAX_BYTES) return tooLarge();
  const result = await readActualsWorkbook(await file.arrayBuffer());
  if (!result.ok) return refused(result.code, result.code === 'too_large_unpacked' ? 413 : 400);
  return Response.json(result, { headers: { 'cache-control': 'no-store' } });
}
