'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Badge } from '@/components/ui/badge';
import { useId, useState } from 'react';
import type { ProgressPoint } from '@/components/charts/progress-chart';
import {
  chartValue,
  DISPLAY_UNIT_LABEL,
  fiscalSeries,
  formatFigure,
  missingMonths,
  numberNotes,
  type MonthRow,
} from '@/lib/domain/progress';
import { figuresByMonth, indicatorFigures, monthGrid } from '@/lib/domain/figures';
import type { DisplayUnit } from '@/lib/domain/types';
import { LazyProgressChart } from './lazy-charts';
import { MonthlyTable } from './monthly-table';
import { StatusMark } from './status-mark';

import type { PanelIndicator, PanelNote } from './monthly-table';

/** Monthly progress of one indicator: chart (loaded lazily) or table, with its notes. */
export function ProgressPanel({
  indicator,
  rows,
  notes,
  displayUnit,
  title,
  headingLevel = 3,
  initialView = 'chart',
  showToggle = true,
}: {
  indicator: PanelIndicator;
  rows: MonthRow[];
  notes: PanelNote[];
  displayUnit: DisplayUnit;
  title: string;
  headingLevel?: 2 | 3;
  initialView?: 'chart' | 'table';
  /** false where the page shows the monthly table itself (the drill-down). */
  showToggle?: boolean;
}) {
  const t = useTranslations('dashboard');
  const [view, setView] = useState(initialView);
  const tableId = useId();
  const series = fiscalSeries(rows, indicator.aggregation, indicator.planValue);
  const numbered = numberNotes(notes);
  const values = { plan: indicator.planValue, actual: null, prior: null, months: monthGrid(rows) };
  // The latest month's figures are those of all the months entered (figuresByMonth's last one);
  // the month-by-month figures are computed only for the table, when it is shown.
  const lastFig = values.months.some((v) => v !== null) ? indicatorFigures(indicator, values, displayUnit) : null;
  const lastMonth = series.findLast((p) => p.value !== null)?.month;
  const pace = lastFig && lastMonth !== undefined && lastFig.planToDate !== null ? { month: lastMonth, fig: lastFig } : null;
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
  const isEnd = indicator.aggregation === 'end' || indicator.aggregation === 'ratio';
  const unitLabel = indicator.unit === 'yen' ? DISPLAY_UNIT_LABEL[displayUnit] : '';
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`progress-${indicator.code}`}>
      <figcaption className="flex flex-wrap items-center justify-between gap-2">
        <H className="font-semibold">{title}</H>
        {showToggle && (
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
            aria-controls={tableId}
            aria-expanded={view === 'table'}
            onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
          >
            {view === 'chart' ? t('monthly.showTable') : t('monthly.showChart')}
          </button>
        )}
      </figcaption>
      <p className="mt-1 text-xs text-slate-600">
        {indicator.aggregation === 'ratio' ? t('monthly.introRatio') : isEnd ? t('monthly.introEnd') : t('monthly.intro')}
      </p>
      {pace && (
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span>{t('monthly.toDate', { month: monthLabel(pace.month), ratio: pace.fig.text.planRatio })}</span>
          <StatusMark status={pace.fig.status} />
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
            labels={{
              actual: indicator.aggregation === 'ratio' ? t('monthly.ratio') : isEnd ? t('monthly.balance') : t('monthly.progress'),
              pace: t('monthly.pace'),
              notEntered: t('monthly.notEntered'),
            }}
            missing={
              firstMissing !== undefined && lastMissing !== undefined
                ? { from: monthLabel(firstMissing), to: monthLabel(lastMissing) }
                : null
            }
          />
        </div>
      )}
      {showToggle && (
        // The table is made when asked for: a folded table would weigh in every dashboard's HTML.
        <div id={tableId} hidden={view !== 'table'} className="mt-2 overflow-x-auto">
          {view === 'table' && (
            <MonthlyTable
              indicator={indicator}
              series={series}
              figs={figuresByMonth(indicator, values, displayUnit)}
              notes={numbered}
              displayUnit={displayUnit}
              caption={title}
            />
          )}
        </div>
      )}
      {numbered.length > 0 && (
        <ol className="mt-3 space-y-1 text-sm" aria-label={t('notes.title')}>
          {numbered.map((n) => (
            <li key={n.id} className="flex gap-2">
              <Badge tone="warning" className="shrink-0">
                {marker(n.n)}
              </Badge>
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
