import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listIndicatorsWithValues } from '@/db/queries/indicators';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { formatIndicatorValue } from '@/lib/domain/money';
import { formatRatio, progressStatus, ratioTenths } from '@/lib/domain/ratio';
import { loadYear } from '@/lib/year';

const STATUS_STYLE = { ahead: 'border-emerald-400 bg-emerald-50', on_track: 'border-sky-400 bg-sky-50', behind: 'border-red-400 bg-red-50' } as const;
const STATUS_MARK = { ahead: '▲', on_track: '●', behind: '▼' } as const;

/** The manager's year dashboard: the core KPIs against plan and prior year. */
export default async function DashboardPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  if (!can(user, 'dashboard.read')) notFound();
  const [t, locale] = await Promise.all([getTranslations('dashboard'), getLocale()]);
  const kpis = listIndicatorsWithValues(db, plan.id, year, { coreOnly: true }).filter((i) => i.measure === 'amount');
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{formatFiscalYear(year, locale === 'en' ? 'en' : 'ja')}</p>
      </header>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="kpi-cards">
        {kpis.map((k) => {
          const planRatio = ratioTenths(k.actualValue, k.planValue, k.ratioRounding);
          const yoy = ratioTenths(k.actualValue, k.priorActualValue, k.ratioRounding);
          const status = progressStatus(planRatio, k.direction);
          const fmt = (v: number | null) => (v == null ? t('noActual') : formatIndicatorValue(v, k.unit, k.scale, { precision: k.yenPrecision }));
          return (
            <li key={k.id} className={`rounded-lg border-l-4 bg-white p-4 shadow-sm ${status ? STATUS_STYLE[status] : 'border-slate-300'}`}>
              <h2 className="text-sm font-semibold text-slate-700">{k.name}</h2>
              <p className="mt-1 text-2xl font-bold tabular-nums">{fmt(k.actualValue)}</p>
              <dl className="mt-2 grid grid-cols-2 gap-1 text-sm">
                <dt className="text-slate-600">{t('plan')}</dt><dd className="text-right tabular-nums">{fmt(k.planValue)}</dd>
                <dt className="text-slate-600">{t('planRatio')}</dt><dd className="text-right tabular-nums">{formatRatio(planRatio)}</dd>
                <dt className="text-slate-600">{t('yoy')}</dt><dd className="text-right tabular-nums">{formatRatio(yoy)}</dd>
              </dl>
              {status && <p className="mt-2 text-sm font-medium">{STATUS_MARK[status]} {t(`status.${status}`)}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
