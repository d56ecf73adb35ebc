import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { PlanTabs } from '@/components/admin/plan-tabs';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadAdminPlan } from './load';

export default async function AdminPlanLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { plan } = await loadAdminPlan(id);
  const [t, tp, locale] = await Promise.all([getTranslations('admin.plan'), getTranslations('phases'), getLocale()]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const period =
    plan.startYear === plan.endYear
      ? formatFiscalYear(plan.startYear, lang)
      : `${formatFiscalYear(plan.startYear, lang)} – ${formatFiscalYear(plan.endYear, lang)}`;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/plans" className="ui-link">
          {t('back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold">{plan.title}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {t(`kind.${plan.kind}`)} ・ {period} ・ {t('phaseLabel')}:{' '}
          <span data-testid="admin-plan-phase" className="font-medium">
            {tp(plan.phase)}
          </span>
        </p>
      </header>
      {plan.phase === 'published' && (
        <p
          role="note"
          data-testid="published-note"
          className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t('publishedNote')}
        </p>
      )}
      <PlanTabs
        planId={plan.id}
        label={t('tabs.label')}
        labels={{
          settings: t('tabs.settings'),
          sections: t('tabs.sections'),
          indicators: t('tabs.indicators'),
          tables: t('tabs.tables'),
          phases: t('tabs.phases'),
        }}
      />
      <div>{children}</div>
    </div>
  );
}
