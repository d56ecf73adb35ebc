import { getTranslations } from '@/lib/i18n/get-translations';
import { Badge } from './badge';
import { statusTone } from './status-tone';

/** The 未着手 / 下書き / 提出済 / 差戻し / 承認済 label: text always, colour only as a second signal. */
export async function StatusBadge({ status }: { status: string | null }) {
  const t = await getTranslations('status');
  return <StatusBadgeOf status={status} t={t} />;
}

/**
 * The same badge, worded by the page's own `status` translator: in a long list, an async badge
 * per row costs a streamed row of its own in the page's payload.
 */
export function StatusBadgeOf({ status, t }: { status: string | null; t: (key: string) => string }) {
  return <Badge tone={statusTone(status)}>{t(status ?? 'not_started')}</Badge>;
}
