import { useTranslations } from '@/lib/i18n/use-translations';
import type { Trend } from '@/lib/domain/progress';
import type { ProgressStatus } from '@/lib/domain/types';

/** A KPI card's left border in its status's colour (the marks' own colours are in globals.css). */
export const STATUS_BORDER: Record<ProgressStatus, string> = {
  ahead: 'border-emerald-500',
  on_track: 'border-sky-500',
  behind: 'border-red-500',
};
const STATUS_ICON: Record<ProgressStatus, string> = { ahead: '◎', on_track: '○', behind: '！' };
const TREND_ICON: Record<Trend, string> = { better: '↗', worse: '↘', flat: '→' };

/**
 * Status by direction as an icon and words; the colour only repeats what they say. The look is
 * one class keyed by the data attribute (globals.css): a dashboard lists dozens of these.
 */
export function StatusMark({ status }: { status: ProgressStatus | null }) {
  const t = useTranslations('marks.status');
  if (!status) return null;
  return (
    <span className="ui-status" data-status={status}>
      <span aria-hidden="true">{STATUS_ICON[status]}</span>
      {t(status)}
    </span>
  );
}

export function TrendMark({ trend }: { trend: Trend | null }) {
  const t = useTranslations('marks.trend');
  if (!trend) return null;
  return (
    <span className="ui-trend" data-trend={trend}>
      <span aria-hidden="true">{TREND_ICON[trend]} </span>
      {t(trend)}
    </span>
  );
}
