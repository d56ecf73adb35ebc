import { useTranslations } from 'next-intl';
import { formatFigure, formatMoney, yoyTrend } from '@/lib/domain/progress';
import { changeAmount } from '@/lib/domain/ratio';
import { TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

/** 前年度比較: the core KPIs (count and amount) and the 決算概要 lines, decreases with △. */
export function YoyTables({ data }: { data: DashboardPayload }) {
  const t = useTranslations('dashboard');
  const tf = useTranslations('figures');
  const core = data.indicators.filter((i) => i.pairKey != null);
  const cell = 'whitespace-nowrap px-3 py-2 text-right tabular-nums';
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="yoy-kpis">
          <caption className="px-3 py-2 text-left font-semibold">{t('kpiTable')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t('item')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('currentYear')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('priorYear')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('yoy')}
              </th>
            </tr>
          </thead>
          <tbody>
            {core.map((k) => {
              const f = k.fig;
              const yoy = f.toDate ? f.samePeriodYoy : f.yoy;
              return (
                <tr key={k.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {k.name}
                  </th>
                  <td className={cell}>
                    {f.text.actual}
                    {f.asOfMonth !== null && <span className="block text-xs text-slate-600">{tf('asOf', { month: f.asOfMonth })}</span>}
                  </td>
                  <td className={cell}>{f.toDate ? formatFigure(f.priorToDate, k, data.displayUnit) : f.text.prior}</td>
                  <td className={cell}>
                    <span className="block">{f.toDate ? f.text.samePeriodYoy : f.text.yoy}</span>
                    <TrendMark trend={yoyTrend(yoy, k.direction)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="yoy-financial">
          <caption className="px-3 py-2 text-left font-semibold">{t('financialTitle')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t('item')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('currentYear')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('priorYear')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('changeAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.financial.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-2 text-slate-700">
                  {t('noFinancial')}
                </td>
              </tr>
            )}
            {data.financial.map((l) => {
              const change = changeAmount(l.amount, l.priorAmount);
              return (
                <tr key={l.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {l.name}
                  </th>
                  <td className={cell}>{formatMoney(l.amount, data.displayUnit)}</td>
                  <td className={cell}>{formatMoney(l.priorAmount, data.displayUnit)}</td>
                  <td className={`${cell} ${change !== null && change < 0 ? 'text-red-800' : ''}`}>
                    {formatMoney(change, data.displayUnit)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
