import { useTranslations } from 'next-intl';
import type { Trend } from '@/lib/domain/progress';
import type { ProgressStatus } from '@/lib/domain/types';

export const STATUS_STYLE: Record<ProgressStatus, string> = {
  ahead: 'border-emerald-500 bg-emerald-50 text-emerald-900',
  on_track: 'border-sky-500 bg-sky-50 text-sky-900',
  behind: 'border-red-500 bg-red-50 text-red-900',
};
const STATUS_ICON: Record<ProgressStatus, string> = { ahead: '◎', on_track: '○', behind: '！' };
const TREND_ICON: Record<Trend, string> = { better: '↗', worse: '↘', flat: '→' };
const TREND_STYLE: Record<Trend, string> = { better: 'text-emerald-800', worse: 'text-red-800', flat: 'text-slate-700' };

/** Status by direction as an icon and words; the colour only repeats what they say. */
export function StatusMark({ status }: { status: ProgressStatus | null }) {
  const t = useTranslations('dashboard.status');
  if (!status) return null;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
      data-status={status}
    >
      <span aria-hidden="true">{STATUS_ICON[status]}</span>
      {t(status)}
    </span>
  );
}

export function TrendMark({ trend }: { trend: Trend | null }) {
  const t = useTranslations('dashboard.trend');
  if (!trend) return null;
  return (
    <span className={`text-xs font-medium ${TREND_STYLE[trend]}`} data-trend={trend}>
      <span aria-hidden="true">{TREND_ICON[trend]} </span>
      {t(trend)}
    </span>
  );
}
