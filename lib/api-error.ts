// A refusal from a route handler: the same codes and words as the actions' (messages errors.*).
import 'server-only';
import { getTranslations } from '@/lib/i18n/get-translations';
import type { ActionErrorCode } from '@/lib/actions/result';

export async function apiError(status: number, error: ActionErrorCode): Promise<Response> {
  const t = await getTranslations('errors');
  return Response.json({ error, message: t(error) }, { status, headers: { 'cache-control': 'no-store' } });
}
