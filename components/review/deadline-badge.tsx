import { getTranslations } from '@/lib/i18n/get-translations';
import { daysUntil } from './deadline';

export async function DeadlineBadge({ deadline, closed = false }: { deadline: string | null; closed?: boolean }) {
  const t = await getTranslations('review');
  const days = closed ? null : daysUntil(deadline);
  const note = days === null ? null : days > 0 ? t('daysLeft', { n: days }) : days === 0 ? t('today') : t('overdue', { n: -days });
  const urgent = days !== null && days <= 7;
  return (
    <div
      className={`rounded border px-3 py-2 text-sm ${urgent ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
      data-testid="review-deadline"
    >
      <div className="text-slate-600">{t('deadline')}</div>
      <div className="font-semibold">{deadline ?? t('noDeadline')}</div>
      {note && <div className={urgent ? 'text-amber-900' : 'text-slate-700'}>{note}</div>}
    </div>
  );
}
