import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from './badge';

const TONES: Record<string, BadgeTone> = {
  not_started: 'neutral',
  draft: 'info',
  submitted: 'violet',
  returned: 'warning',
  approved: 'success',
};

/** The 未着手 / 下書き / 提出済 / 差戻し / 承認済 label: text always, colour only as a second signal. */
export async function StatusBadge({ status }: { status: string | null }) {
  const t = await getTranslations('status');
  return <StatusBadgeOf status={status} t={t} />;
}

/**
 * The same badge, worded by the page's own `status` translator: in a long list, an async badge
 * per row costs a streamed row of its own in the page's payload (60 on the committee's home).
 */
export function StatusBadgeOf({ status, t }: { status: string | null; t: (key: string) => string }) {
  const key = status ?? 'not_started';
  return <Badge tone={TONES[key] ?? 'neutral'}>{t(key)}</Badge>;
}
