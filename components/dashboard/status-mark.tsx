import { useTranslations } from '@/lib/i18n/use-translations';
import type { Trend } from '@/lib/domain/progress';
import type { ProgressStatus } from '@/lib/domain/types';

/** A KPI card's left border in its status's colour (the marks' own colours are in globals.css). */
export const STATUS_BORDER: Record<ProgressStatus, string> = {
  ahead: 'border-emerald-500',
  on_track: 'border-sky-500',
  behind: 'border-red-500',
};
/**
 * Status by direction as an icon and words; the colour only repeats what they say. The look and
 * the icon (◎ ○ ！, ↗ ↘ →, not read out) are one class keyed by the data attribute (globals.css):
 * a dashboard lists dozens of these. In a table cell a mark takes a line of its own, under the
 * figure it qualifies.
 */
export function StatusMark({ status }: { status: ProgressStatus | null }) {
  const t = useTranslations('marks.status');
  if (!status) return null;
  return (
    <span className="ui-status" data-status={status}>
      {t(status)}
    </span>
  );
}

export function TrendMark({ trend }: { trend: Trend | null }) {
  const t = useTranslations('marks.trend');
  if (!trend) return null;
  return (
    <span className="ui-trend" data-trend={trend}>
      {t(trend)}
    </span>
  );
}
