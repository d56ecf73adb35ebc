// No 'use client': the drill-down renders this table on the server; the chart panel reuses it.
import { useTranslations } from '@/lib/i18n/use-translations';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
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
    <Table dense data-testid="monthly-table">
      <caption className="sr-only">{caption}</caption>
      <THead>
        <tr>
          <TH>{t('monthly.month')}</TH>
          <TH numeric>{t('monthly.value')}</TH>
          {!isEnd && <TH numeric>{t('monthly.progress')}</TH>}
          <TH numeric>{t('monthly.pace')}</TH>
          <TH numeric>{t('monthly.paceRatio')}</TH>
          <TH>{t('notes.title')}</TH>
        </tr>
      </THead>
      <tbody>
        {series.map((p) => {
          const missing = p.value === null;
          return (
            <TR key={p.month} className={missing ? 'bg-slate-50 text-slate-600' : undefined} data-missing={missing || undefined}>
              <TH scope="row" className="font-medium">
                {t('monthly.monthLabel', { month: p.month })}
              </TH>
              <TD numeric>{missing ? <em>{t('monthly.notEntered')}</em> : fmt(p.value)}</TD>
              {!isEnd && <TD numeric>{missing ? '―' : fmt(p.progress)}</TD>}
              <TD numeric>{fmt(p.pace)}</TD>
              <TD numeric>{missing ? '―' : (figs[p.index]?.text.planRatio ?? '―')}</TD>
              <TD className="text-xs">
                {notes
                  .filter((n) => n.month === p.month)
                  .map((n) => `${t('notes.marker', { n: n.n })} ${n.text}`)
                  .join(' / ')}
              </TD>
            </TR>
          );
        })}
      </tbody>
    </Table>
  );
}
