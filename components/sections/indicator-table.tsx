'use client';
import { useState } from 'react';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { FISCAL_MONTHS } from '@/lib/domain/fiscal-year';
import { formatIndicatorValue } from '@/lib/domain/money';
import { asOfKey } from '@/lib/domain/progress';
import { useTranslations } from '@/lib/i18n/use-translations';
import { type WorkspaceIndicator, workspaceFigures } from './types';

/**
 * The section's indicators for a reader who cannot enter figures (a published or locked year, a
 * committee member, another department): one table of the figures as the report prints them,
 * instead of a form of read-only fields per indicator. The months come as a second table when
 * asked for.
 */
export function IndicatorTable({ indicators }: { indicators: readonly WorkspaceIndicator[] }) {
  const t = useTranslations('actuals');
  const tf = useTranslations('figures');
  const [monthsOpened, setMonthsOpened] = useState(false);
  const rows = indicators.map((i) => ({ i, fig: workspaceFigures(i) }));
  const value = (v: number | null, i: WorkspaceIndicator) => formatIndicatorValue(v, i.unit, i.scale, { precision: i.yenPrecision });
  return (
    <div className="space-y-2" data-testid="indicator-table">
      <Table caption={<span className="sr-only">{t('tableCaption')}</span>}>
        <THead>
          <TR>
            <TH>{t('indicator')}</TH>
            {(['plan', 'actual', 'planRatio', 'prior', 'yoy'] as const).map((k) => (
              <TH key={k} numeric className="whitespace-nowrap">
                {t(k)}
              </TH>
            ))}
          </TR>
        </THead>
        <tbody>
          {rows.map(({ i, fig }) => (
            <TR key={i.id} data-testid="indicator-row">
              <TH scope="row">
                {i.name}
                {i.direction === 'lower' && <span className="block text-xs font-normal text-slate-600">{t('lowerIsBetter')}</span>}
              </TH>
              <TD numeric>{value(i.planValue, i)}</TD>
              <TD numeric>
                {fig.text.actual}
                {fig.source === 'months' && fig.asOfMonth !== null && (
                  <span className="block text-xs text-slate-600">{tf(asOfKey(i.aggregation), { month: fig.asOfMonth })}</span>
                )}
              </TD>
              <TD numeric data-testid="plan-ratio">
                {fig.text.planRatio}
              </TD>
              <TD numeric>{value(i.priorActualValue, i)}</TD>
              <TD numeric data-testid="yoy-ratio">
                {fig.toDate ? fig.text.samePeriodYoy : fig.text.yoy}
                {fig.toDate && <span className="block text-xs text-slate-600">{tf('samePeriodYoy')}</span>}
              </TD>
            </TR>
          ))}
        </tbody>
      </Table>
      <details onToggle={(e) => e.currentTarget.open && setMonthsOpened(true)}>
        <summary className="cursor-pointer text-sm text-brand-700">{t('monthly')}</summary>
        {monthsOpened && (
          <Table dense numericCells frameClassName="mt-2" caption={<span className="sr-only">{t('monthly')}</span>}>
            <THead>
              <TR>
                <TH>{t('indicator')}</TH>
                {FISCAL_MONTHS.map((m) => (
                  <TH key={m} numeric>
                    {t('month', { month: m })}
                  </TH>
                ))}
              </TR>
            </THead>
            <tbody>
              {rows.map(({ i }) => (
                <TR key={i.id}>
                  <TH scope="row" className="min-w-48">
                    {i.name}
                  </TH>
                  {(i.derivedMonthly ?? i.monthly).map((v, k) => (
                    <TD key={FISCAL_MONTHS[k]}>{v === null ? '' : value(v, i)}</TD>
                  ))}
                </TR>
              ))}
            </tbody>
          </Table>
        )}
      </details>
    </div>
  );
}
