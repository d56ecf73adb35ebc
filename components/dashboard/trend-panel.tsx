'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { useId, useState } from 'react';
import type { TrendPoint } from '@/components/charts/trend-chart';
import { LazyTrendChart } from './lazy-charts';

export type TrendRow = {
  year: number;
  label: string;
  actualText: string;
  annualPlanText: string;
  midtermPlanText: string;
  ratioText: string;
  yoyText: string;
  notes: string[];
};

/** The multi-year chart (lazy) with its table alternative behind a toggle. */
export function TrendPanel({
  title,
  points,
  rows,
  unitLabel,
}: {
  title: string;
  points: TrendPoint[];
  rows: TrendRow[];
  unitLabel: string;
}) {
  const t = useTranslations('trends');
  const tm = useTranslations('dashboard');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const tableId = useId();
  const labels = { actual: t('actual'), annualPlan: t('annualPlan'), midtermPlan: t('midtermPlan') };
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4" data-testid="trend-panel">
      <figcaption className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
          aria-controls={tableId}
          aria-expanded={view === 'table'}
          onClick={() => setView(view === 'chart' ? 'table' : 'chart')}
        >
          {view === 'chart' ? tm('monthly.showTable') : tm('monthly.showChart')}
        </button>
      </figcaption>
      {view === 'chart' && (
        <div className="mt-2">
          <LazyTrendChart data={points} ariaLabel={t('chartLabel', { name: title })} unitLabel={unitLabel} labels={labels} />
        </div>
      )}
      <div id={tableId} hidden={view !== 'table'} className="mt-2">
        <Table dense data-testid="trend-table">
          <caption className="sr-only">{title}</caption>
          <THead>
            <tr>
              <TH>{tm('detail.fiscalYear')}</TH>
              <TH numeric>{labels.actual}</TH>
              <TH numeric>{labels.annualPlan}</TH>
              <TH numeric>{labels.midtermPlan}</TH>
              <TH numeric>{tm('planRatio')}</TH>
              <TH numeric>{tm('yoy')}</TH>
              <TH>{tm('notes.title')}</TH>
            </tr>
          </THead>
          <tbody>
            {rows.map((r) => (
              <TR key={r.year}>
                <TH scope="row" className="font-medium">
                  {r.label}
                </TH>
                <TD numeric>{r.actualText}</TD>
                <TD numeric>{r.annualPlanText}</TD>
                <TD numeric>{r.midtermPlanText}</TD>
                <TD numeric>{r.ratioText}</TD>
                <TD numeric>{r.yoyText}</TD>
                <TD className="text-xs">{r.notes.join(' / ')}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      </div>
    </figure>
  );
}
