// No 'use client': the drill-down renders this table on the server; the chart panel reuses it.
import { useTranslations } from 'next-intl';
import type { fiscalSeries } from '@/lib/domain/progress';
import { formatFigure } from '@/lib/domain/progress';
import type { Figures } from '@/lib/domain/figures';
import type { Direction, DisplayUnit, IndicatorUnit, RatioRounding, YenPrecision } from '@/lib/domain/types';

export type PanelIndicator = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  scale: number;
  yenPrecision: YenPrecision;
  direction: Direction;
  ratioRounding: RatioRounding;
  aggregation: 'sum' | 'end' | 'annual' | 'ratio';
  planValue: number | null;
};
export type PanelNote = { id: number; month: number | null; text: string; authorName: string; createdAt: string };

/** The months as a table: the chart's accessible alternative and the drill-down's main table. */
export function MonthlyTable({
  indicator,
  series,
  figs,
  notes,
  displayUnit,
  caption,
}: {
  indicator: PanelIndicator;
  /** figuresByMonth: the 計画比 at each month end, as the cards compute it. */
  figs: readonly (Figures | null)[];
  series: ReturnType<typeof fiscalSeries>;
  notes: (PanelNote & { n: number })[];
  displayUnit: DisplayUnit;
  caption: string;
}) {
  const t = useTranslations('dashboard');
  const fmt = (v: number | null) => formatFigure(v, indicator, displayUnit);
  const isEnd = indicator.aggregation === 'end' || indicator.aggregation === 'ratio';
  return (
    <table className="w-full text-sm" data-testid="monthly-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" className="px-2 py-1">
            {t('monthly.month')}
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            {t('monthly.value')}
          </th>
          {!isEnd && (
            <th scope="col" className="px-2 py-1 text-right">
              {t('monthly.progress')}
            </th>
          )}
          <th scope="col" className="px-2 py-1 text-right">
            {t('monthly.pace')}
          </th>
          <th scope="col" className="px-2 py-1 text-right">
            {t('monthly.paceRatio')}
          </th>
          <th scope="col" className="px-2 py-1">
            {t('notes.title')}
          </th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => {
          const missing = p.value === null;
          return (
            <tr
              key={p.month}
              className={`border-t border-slate-100 ${missing ? 'bg-slate-50 text-slate-600' : ''}`}
              data-missing={missing || undefined}
            >
              <th scope="row" className="px-2 py-1 text-left font-medium">
                {t('monthly.monthLabel', { month: p.month })}
              </th>
              <td className="px-2 py-1 text-right tabular-nums">{missing ? <em>{t('monthly.notEntered')}</em> : fmt(p.value)}</td>
              {!isEnd && <td className="px-2 py-1 text-right tabular-nums">{missing ? '―' : fmt(p.progress)}</td>}
              <td className="px-2 py-1 text-right tabular-nums">{fmt(p.pace)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{missing ? '―' : (figs[p.index]?.text.planRatio ?? '―')}</td>
              <td className="px-2 py-1 text-xs">
                {notes
                  .filter((n) => n.month === p.month)
                  .map((n) => `${t('notes.marker', { n: n.n })} ${n.text}`)
                  .join(' / ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
