import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { CreatePlanForm } from '@/components/admin/create-plan-form';
import { Card } from '@/components/ui/card';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
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
        <Table data-testid="plans-table">
          <THead>
            <tr>
              <TH>{t('planTitle')}</TH>
              <TH>{t('kind')}</TH>
              <TH>{t('period')}</TH>
              <TH>{t('phase')}</TH>
            </tr>
          </THead>
          <tbody>
            {plans.map((p) => (
              <TR key={p.id}>
                <TH scope="row">
                  <Link href={`/admin/plans/${p.id}`} className="ui-link">
                    {p.title}
                  </Link>
                </TH>
                <TD>{t(`kinds.${p.kind}`)}</TD>
                <TD className="whitespace-nowrap">{period(p)}</TD>
                <TD>{tp(p.phase)}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      </section>
      <Card id="plans-create" title={t('create')}>
        <CreatePlanForm
          sources={plans.map((p) => ({ id: p.id, label: `${p.title}（${period(p)}）` }))}
          defaultSourceId={latestAnnual?.id ?? null}
          defaultYear={(latestAnnual?.startYear ?? new Date().getFullYear()) + 1}
        />
      </Card>
    </div>
  );
}
