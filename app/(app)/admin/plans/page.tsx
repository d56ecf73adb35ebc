import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CreatePlanForm } from '@/components/admin/create-plan-form';
import { getDb } from '@/db/client';
import { listAdminPlans } from '@/db/queries/admin-plans';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { requirePage } from '@/lib/auth/require';

export default async function AdminPlansPage() {
  const user = await requirePage('plan.admin');
  const [t, tp, locale] = await Promise.all([getTranslations('admin.plans'), getTranslations('phases'), getLocale()]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const plans = listAdminPlans(getDb(), user.organisationId);
  const period = (p: { startYear: number; endYear: number }) =>
    p.startYear === p.endYear
      ? formatFiscalYear(p.startYear, lang)
      : `${formatFiscalYear(p.startYear, lang)} – ${formatFiscalYear(p.endYear, lang)}`;
  const latestAnnual = plans.find((p) => p.kind === 'annual');
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <section aria-labelledby="plans-list-h">
        <h2 id="plans-list-h" className="mb-2 text-lg font-semibold">
          {t('list')}
        </h2>
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="plans-table">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('planTitle')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('kind')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('period')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('phase')}
                </th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link href={`/admin/plans/${p.id}`} className="text-brand-700 hover:underline">
                      {p.title}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{t(`kinds.${p.kind}`)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{period(p)}</td>
                  <td className="px-3 py-2">{tp(p.phase)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="plans-create-h" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="plans-create-h" className="mb-2 text-lg font-semibold">
          {t('create')}
        </h2>
        <CreatePlanForm
          sources={plans.map((p) => ({ id: p.id, label: `${p.title}（${period(p)}）` }))}
          defaultSourceId={latestAnnual?.id ?? null}
          defaultYear={(latestAnnual?.startYear ?? new Date().getFullYear()) + 1}
        />
      </section>
    </div>
  );
}
