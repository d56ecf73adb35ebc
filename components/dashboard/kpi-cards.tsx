import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { formatFigure, yoyTrend } from '@/lib/domain/progress';
import { formatRatio, progressStatus, ratioTenths } from '@/lib/domain/ratio';
import { Sparkline } from './sparkline';
import { STATUS_STYLE, StatusMark, TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

/** The core KPIs' amount indicators (one per 事業計画 pair), in plan order. */
export function coreKpis(data: DashboardPayload) {
  return data.indicators.filter((i) => i.pairKey != null && i.measure === 'amount');
}

export function KpiCards({ data }: { data: DashboardPayload }) {
  const t = useTranslations('dashboard');
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="kpi-cards">
      {coreKpis(data).map((k) => {
        const planRatio = ratioTenths(k.actualValue, k.planValue, k.ratioRounding);
        const yoy = ratioTenths(k.actualValue, k.priorActualValue, k.ratioRounding);
        const status = progressStatus(planRatio, k.direction);
        const count = data.indicators.find((i) => i.pairKey === k.pairKey && i.measure === 'count');
        const fmt = (v: number | null) => formatFigure(v, k, data.displayUnit);
        const trend = data.trend.filter((p) => p.code === k.code);
        const name = k.sectionTitle ?? k.name;
        return (
          <li
            key={k.id}
            className={`flex flex-col rounded-lg border-l-4 bg-white p-4 shadow-sm ${status ? STATUS_STYLE[status].split(' ')[0] : 'border-slate-300'}`}
            data-testid={`kpi-${k.code}`}
          >
            <div className="flex items-start justify-between gap-2">
              <h3 className="text-sm font-semibold text-slate-800">
                <Link
                  href={`/years/${data.year}/dashboard/indicators/${k.code}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t('openIndicator', { name })}
                >
                  {name}
                </Link>
              </h3>
              {k.direction === 'lower' && <span className="text-xs text-slate-600">{t('lowerIsBetter')}</span>}
            </div>
            <p className="mt-1 text-2xl font-bold tabular-nums" data-testid="kpi-actual">
              {k.actualValue === null ? t('noActual') : fmt(k.actualValue)}
            </p>
            {count && count.actualValue !== null && (
              <p className="text-sm text-slate-600 tabular-nums">{formatFigure(count.actualValue, count, data.displayUnit)}</p>
            )}
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600">{t('plan')}</dt>
              <dd className="text-right tabular-nums">{fmt(k.planValue)}</dd>
              <dt className="text-slate-600">{t('planRatio')}</dt>
              <dd className="text-right font-semibold tabular-nums" data-testid="kpi-plan-ratio">
                {formatRatio(planRatio)}
              </dd>
              <dt className="text-slate-600">{t('yoy')}</dt>
              <dd className="text-right tabular-nums" data-testid="kpi-yoy">
                {formatRatio(yoy)}
              </dd>
            </dl>
            <div className="mt-3 flex flex-wrap items-end justify-between gap-2">
              <div className="flex flex-col gap-1">
                <StatusMark status={status} />
                <TrendMark trend={yoyTrend(yoy, k.direction)} />
              </div>
              <Sparkline
                points={trend.map((p) => ({ x: String(p.fiscalYear), y: p.actual }))}
                label={t('sparkline', { points: trend.map((p) => `${p.fiscalYear}: ${fmt(p.actual)}`).join(', ') })}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
