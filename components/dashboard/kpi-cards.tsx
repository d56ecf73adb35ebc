import { Link } from '@/components/ui/link';
import { useTranslations } from '@/lib/i18n/use-translations';
import { warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { formatTick } from '@/lib/domain/money';
import { asOfKey, chartValue, DISPLAY_UNIT_LABEL, formatFigure, yoyTrend } from '@/lib/domain/progress';
import { Sparkline } from './sparkline';
import { STATUS_BORDER, StatusMark, TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

/** The core KPIs' amount indicators (one per 事業計画 pair), in plan order. */
export function coreKpis(data: DashboardPayload) {
  return data.indicators.filter((i) => i.pairKey != null && i.measure === 'amount');
}

const FORECAST_NOTE = { prior_shape: 'forecastNote', pace: 'forecastPace', latest: 'forecastLatest' } as const;

/**
 * The four core KPIs. A closed year shows the year's actual against the plan and last year; a
 * year in progress shows the actual to date with its month, against the plan for the months
 * elapsed and the same months last year, and a year-end forecast marked as one.
 */
export function KpiCards({ data }: { data: DashboardPayload }) {
  const t = useTranslations('dashboard');
  const tf = useTranslations('figures');
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="kpi-cards">
      {coreKpis(data).map((k) => {
        const f = k.fig;
        const count = data.indicators.find((i) => i.pairKey === k.pairKey && i.measure === 'count');
        const trend = data.trend.filter((p) => p.code === k.code);
        const name = k.sectionTitle ?? k.name;
        const compared = f.toDate ? f.samePeriodYoy : f.yoy;
        const month = f.asOfMonth ?? 0;
        const unit = k.unit === 'yen' ? DISPLAY_UNIT_LABEL[data.displayUnit] : '';
        return (
          <li
            key={k.id}
            className={`flex flex-col rounded-lg border-l-4 bg-white p-4 shadow-sm ${f.status ? STATUS_BORDER[f.status] : 'border-slate-300'}`}
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
            <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-2xl font-bold tabular-nums" data-testid="kpi-actual">
              <span>{f.actual === null ? t('noActual') : f.text.actual}</span>
              {f.asOfMonth !== null && (
                <span className="text-sm font-medium text-slate-700" data-testid="kpi-as-of">
                  {tf(asOfKey(k.aggregation), { month: f.asOfMonth })}
                </span>
              )}
            </p>
            {count && count.fig.actual !== null && <p className="text-sm text-slate-600 tabular-nums">{count.fig.text.actual}</p>}
            <dl className="mt-2 grid grid-cols-[minmax(0,1fr)_auto] gap-x-3 gap-y-1 text-sm [&>dd]:whitespace-nowrap">
              <dt className="text-slate-600">{t('plan')}</dt>
              <dd className="text-right tabular-nums">{f.text.plan}</dd>
              {f.toDate && k.aggregation === 'sum' && (
                <>
                  <dt className="text-slate-600">{tf('planToDate', { month })}</dt>
                  <dd className="text-right tabular-nums">{f.text.planToDate}</dd>
                </>
              )}
              <dt className="text-slate-600">{t('planRatio')}</dt>
              <dd className="text-right font-semibold tabular-nums" data-testid="kpi-plan-ratio">
                {f.text.planRatio}
              </dd>
              {f.toDate && k.aggregation === 'sum' && (
                <>
                  <dt className="text-slate-600">{tf('progressRate')}</dt>
                  <dd className="text-right tabular-nums" data-testid="kpi-progress-rate">
                    {f.text.progressRate}
                  </dd>
                </>
              )}
              <dt className="text-slate-600">{f.toDate ? tf('samePeriodYoy') : t('yoy')}</dt>
              <dd className="text-right tabular-nums" data-testid="kpi-yoy">
                {f.toDate ? f.text.samePeriodYoy : f.text.yoy}
              </dd>
            </dl>
            {f.forecast !== null && f.forecastBasis && (
              <div className="mt-2 rounded border border-dashed border-slate-400 px-2 py-1 text-sm" data-testid="kpi-forecast">
                <p className="flex flex-wrap justify-between gap-x-2">
                  <span className="text-slate-700">{tf('forecast')}</span>
                  <span className="tabular-nums">
                    {f.text.forecast}
                    {f.plan !== null && (
                      <span className="ml-1 text-xs text-slate-600">（{tf('forecastRatio', { ratio: f.text.forecastRatio })}）</span>
                    )}
                  </span>
                </p>
                <p className="text-xs text-slate-600">{tf(FORECAST_NOTE[f.forecastBasis])}</p>
              </div>
            )}
            <div className="mt-3 flex flex-wrap items-end justify-between gap-2">
              <div className="flex flex-col gap-1">
                <StatusMark status={f.status} />
                <TrendMark trend={yoyTrend(f.isPoints ? null : compared, k.direction)} />
              </div>
              {trend.length > 1 && (
                <figure className="text-right">
                  <figcaption className="text-[11px] text-slate-600">
                    {tf('sparklineTitle', { unit: unit || k.unit })}
                    <span className="ml-1">
                      {tf('sparklineRange', {
                        from: warekiFiscalYear(trend[0]!.fiscalYear),
                        to: warekiFiscalYear(trend.at(-1)!.fiscalYear),
                      })}
                    </span>
                  </figcaption>
                  <Sparkline
                    points={trend.map((p) => ({ x: String(p.fiscalYear), y: chartValue(p.actual, k.unit, k.scale, data.displayUnit) }))}
                    label={t('sparkline', {
                      points: trend
                        .map((p) => `${warekiFiscalYear(p.fiscalYear)}: ${formatFigure(p.actual, k, data.displayUnit)}`)
                        .join(', '),
                    })}
                    format={(v) => formatTick(v, 0)}
                  />
                </figure>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
