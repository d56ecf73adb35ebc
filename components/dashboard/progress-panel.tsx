'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { ProgressPoint } from '@/components/charts/progress-chart';
import { chartValue, DISPLAY_UNIT_LABEL, fiscalSeries, formatFigure, missingMonths, paceProgress, type MonthRow } from '@/lib/domain/progress';
import { formatRatio, ratioTenths } from '@/lib/domain/ratio';
import type { Direction, DisplayUnit, IndicatorUnit, RatioRounding, YenPrecision } from '@/lib/domain/types';
import { LazyProgressChart } from './lazy-charts';
import { StatusMark } from './status-mark';

export type PanelIndicator = {
  code: string;
  name: string;
  unit: IndicatorUnit;
  scale: number;
  yenPrecision: YenPrecision;
  direction: Direction;
  ratioRounding: RatioRounding;
  aggregation: 'sum' | 'end' | 'annual';
  planValue: number | null;
};
export type PanelNote = { id: number; month: number | null; text: string; authorName: string; createdAt: string };

/** Notes of one indicator numbered in order; month notes mark their month on the chart. */
export function numberNotes<N extends PanelNote>(notes: readonly N[]) {
  return notes.map((n, i) => ({ ...n, n: i + 1 }));
}

/** Monthly progress of one indicator: chart (loaded lazily) or table, with its notes. */
export function ProgressPanel({
  indicator,
  rows,
  notes,
  displayUnit,
  title,
  headingLevel = 3,
  initialView = 'chart',
}: {
  indicator: PanelIndicator;
  rows: MonthRow[];
  notes: PanelNote[];
  displayUnit: DisplayUnit;
  title: string;
  headingLevel?: 2 | 3;
  initialView?: 'chart' | 'table';
}) {
  const t = useTranslations('dashboard');
  const [view, setView] = useState(initialView);
  const tableId = useId();
  const series = fiscalSeries(rows, indicator.aggregation, indicator.planValue);
  const numbered = numberNotes(notes);
  const pace = paceProgress(series, indicator.direction, indicator.ratioRounding);
  const { notYet, gaps } = missingMonths(series);
  const fmt = (v: number | null) => formatFigure(v, indicator, displayUnit);
  const monthLabel = (m: number) => t('monthly.monthLabel', { month: m });
  const marker = (n: number) => t('notes.marker', { n });
  const points: ProgressPoint[] = series.map((p) => ({
    label: monthLabel(p.month),
    actual: chartValue(p.progress, indicator.unit, indicator.scale, displayUnit),
    pace: chartValue(p.pace, indicator.unit, indicator.scale, displayUnit),
    actualText: fmt(p.progress),
    paceText: fmt(p.pace),
    notes: numbered.filter((n) => n.month === p.month).map((n) => marker(n.n)),
  }));
  const firstMissing = notYet[0];
  const lastMissing = notYet.at(-1);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const isEnd = indicator.aggregation === 'end';
  const unitLabel = indicator.unit === 'yen' ? DISPLAY_UNIT_LABEL[displayUnit] : '';
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`progress-${indicator.code}`}>
      <figcaption className="flex flex-wrap items-center justify-between gap-2">
        <H className="font-semibold">{title}</H>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
          aria-controls={tableId}
          aria-expanded={view === 'table'}
          onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
        >
          {view === 'chart' ? t('monthly.showTable') : t('monthly.showChart')}
        </button>
      </figcaption>
      <p className="mt-1 text-xs text-slate-600">{isEnd ? t('monthly.introEnd') : t('monthly.intro')}</p>
      {pace && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>{t('monthly.toDate', { month: monthLabel(pace.month), ratio: formatRatio(pace.ratio) })}</span>
          <StatusMark status={pace.status} />
        </p>
      )}
      {!pace && series.every((p) => p.value === null) && <p className="mt-2 text-sm text-slate-700">{t('monthly.noMonths')}</p>}
      {(notYet.length > 0 || gaps.length > 0) && series.some((p) => p.value !== null) && (
        <p className="mt-1 text-xs text-slate-700" data-testid="missing-months">
          {t('monthly.missing', { months: [...gaps, ...notYet].map(monthLabel).join('・') })}
        </p>
      )}
      {view === 'chart' && (
        <div className="mt-2">
          <LazyProgressChart
            data={points}
            ariaLabel={t('monthly.chartLabel', { name: title })}
            unitLabel={unitLabel}
            labels={{ actual: isEnd ? t('monthly.balance') : t('monthly.progress'), pace: t('monthly.pace'), notEntered: t('monthly.notEntered') }}
            missing={firstMissing !== undefined && lastMissing !== undefined ? { from: monthLabel(firstMissing), to: monthLabel(lastMissing) } : null}
          />
        </div>
      )}
      <div id={tableId} hidden={view !== 'table'} className="mt-2 overflow-x-auto">
        <MonthlyTable indicator={indicator} series={series} notes={numbered} displayUnit={displayUnit} caption={title} />
      </div>
      {numbered.length > 0 && (
        <ol className="mt-3 space-y-1 text-sm" aria-label={t('notes.title')}>
          {numbered.map((n) => (
            <li key={n.id} className="flex gap-2">
              <span className="shrink-0 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">{marker(n.n)}</span>
              <span>
                <span className="font-medium">{n.month === null ? t('notes.year') : monthLabel(n.month)}</span>: {n.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

/** The months as a table: the chart's accessible alternative and the drill-down's main table. */
export function MonthlyTable({
  indicator,
  series,
  notes,
  displayUnit,
  caption,
}: {
  indicator: PanelIndicator;
  series: ReturnType<typeof fiscalSeries>;
  notes: (PanelNote & { n: number })[];
  displayUnit: DisplayUnit;
  caption: string;
}) {
  const t = useTranslations('dashboard');
  const fmt = (v: number | null) => formatFigure(v, indicator, displayUnit);
  const isEnd = indicator.aggregation === 'end';
  return (
    <table className="w-full text-sm" data-testid="monthly-table">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th scope="col" className="px-2 py-1">{t('monthly.month')}</th>
          <th scope="col" className="px-2 py-1 text-right">{t('monthly.value')}</th>
          {!isEnd && <th scope="col" className="px-2 py-1 text-right">{t('monthly.progress')}</th>}
          <th scope="col" className="px-2 py-1 text-right">{t('monthly.pace')}</th>
          <th scope="col" className="px-2 py-1 text-right">{t('monthly.paceRatio')}</th>
          <th scope="col" className="px-2 py-1">{t('notes.title')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => {
          const missing = p.value === null;
          return (
            <tr key={p.month} className={`border-t border-slate-100 ${missing ? 'bg-slate-50 text-slate-600' : ''}`} data-missing={missing || undefined}>
              <th scope="row" className="px-2 py-1 text-left font-medium">{t('monthly.monthLabel', { month: p.month })}</th>
              <td className="px-2 py-1 text-right tabular-nums">{missing ? <em>{t('monthly.notEntered')}</em> : fmt(p.value)}</td>
              {!isEnd && <td className="px-2 py-1 text-right tabular-nums">{missing ? '―' : fmt(p.progress)}</td>}
              <td className="px-2 py-1 text-right tabular-nums">{fmt(p.pace)}</td>
              <td className="px-2 py-1 text-right tabular-nums">{missing ? '―' : formatRatio(ratioTenths(p.progress, p.pace, indicator.ratioRounding))}</td>
              <td className="px-2 py-1 text-xs">{notes.filter((n) => n.month === p.month).map((n) => `${t('notes.marker', { n: n.n })} ${n.text}`).join(' / ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
