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
  const key = status ?? 'not_started';
  return <Badge tone={TONES[key] ?? 'neutral'}>{t(key)}</Badge>;
}
