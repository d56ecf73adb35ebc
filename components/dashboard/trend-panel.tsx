'use client';
import { useTranslations } from 'next-intl';
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
      <div id={tableId} hidden={view !== 'table'} className="mt-2 overflow-x-auto">
        <table className="w-full text-sm" data-testid="trend-table">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {tm('detail.fiscalYear')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {labels.actual}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {labels.annualPlan}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {labels.midtermPlan}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {tm('planRatio')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {tm('yoy')}
              </th>
              <th scope="col" className="px-2 py-1 text-left">
                {tm('notes.title')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year} className="border-t border-slate-100">
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  {r.label}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{r.actualText}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.annualPlanText}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.midtermPlanText}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.ratioText}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.yoyText}</td>
                <td className="px-2 py-1 text-xs">{r.notes.join(' / ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
