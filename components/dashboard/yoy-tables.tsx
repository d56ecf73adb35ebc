import { useTranslations } from '@/lib/i18n/use-translations';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { formatFigure, formatMoney, yoyTrend } from '@/lib/domain/progress';
import { changeAmount } from '@/lib/domain/ratio';
import { TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

/** 前年度比較: the core KPIs (count and amount) and the 決算概要 lines, decreases with △. */
export function YoyTables({ data }: { data: DashboardPayload }) {
  const t = useTranslations('dashboard');
  const tf = useTranslations('figures');
  const core = data.indicators.filter((i) => i.pairKey != null);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Table numericCells data-testid="yoy-kpis" caption={t('kpiTable')}>
        <THead>
          <tr>
            <TH>{t('item')}</TH>
            <TH numeric>{t('currentYear')}</TH>
            <TH numeric>{t('priorYear')}</TH>
            <TH numeric>{t('yoy')}</TH>
          </tr>
        </THead>
        <tbody>
          {core.map((k) => {
            const f = k.fig;
            const yoy = f.toDate ? f.samePeriodYoy : f.yoy;
            return (
              <TR key={k.id}>
                <TH scope="row" className="font-medium">
                  {k.name}
                </TH>
                <TD>
                  {f.text.actual}
                  {f.asOfMonth !== null && <span className="ui-sub">{tf('asOf', { month: f.asOfMonth })}</span>}
                </TD>
                <TD>{f.toDate ? formatFigure(f.priorToDate, k, data.displayUnit) : f.text.prior}</TD>
                <TD>
                  {f.toDate ? f.text.samePeriodYoy : f.text.yoy}
                  <TrendMark trend={yoyTrend(yoy, k.direction)} />
                </TD>
              </TR>
            );
          })}
        </tbody>
      </Table>
      <Table data-testid="yoy-financial" caption={t('financialTitle')}>
        <THead>
          <tr>
            <TH>{t('item')}</TH>
            <TH numeric>{t('currentYear')}</TH>
            <TH numeric>{t('priorYear')}</TH>
            <TH numeric>{t('changeAmount')}</TH>
          </tr>
        </THead>
        <tbody>
          {data.financial.length === 0 && (
            <tr>
              <TD colSpan={4} className="text-slate-700">
                {t('noFinancial')}
              </TD>
            </tr>
          )}
          {data.financial.map((l) => {
            const change = changeAmount(l.amount, l.priorAmount);
            return (
              <TR key={l.id}>
                <TH scope="row" className="font-medium">
                  {l.name}
                </TH>
                <TD numeric>{formatMoney(l.amount, data.displayUnit)}</TD>
                <TD numeric>{formatMoney(l.priorAmount, data.displayUnit)}</TD>
                <TD numeric className={change !== null && change < 0 ? 'text-red-800' : undefined}>
                  {formatMoney(change, data.displayUnit)}
                </TD>
              </TR>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
