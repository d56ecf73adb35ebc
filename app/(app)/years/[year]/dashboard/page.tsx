import { getLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { getTranslations } from '@/lib/i18n/get-translations';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { DashboardLive } from '@/components/dashboard/dashboard-live';
import { QueryProvider } from '@/components/providers/query-provider';
import { loadDashboardCached } from '@/db/queries/dashboard';
import { can } from '@/lib/auth/policy';
import { toWire } from '@/lib/dashboard/wire';
import { toWireText } from '@/lib/wire-text';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { japanDate, overdueDeadline } from '@/lib/domain/progress';
import { loadYear, readableAnnualPlans } from '@/lib/year';

/** The managers' year dashboard: server-rendered with real figures, then kept fresh by react-query. */
export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ dept?: string }>;
}) {
  const [{ year: yearParam }, { dept }] = await Promise.all([params, searchParams]);
  const { user, plan, year, db } = await loadYear(yearParam);
  if (!can(user, 'dashboard.read')) notFound();
  const [locale, tn] = await Promise.all([getLocale(), getTranslations('nav')]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const departmentId = dept && /^\d+$/.test(dept) ? Number(dept) : null;
  const deadline = overdueDeadline(plan);
  const data = loadDashboardCached(db, {
    organisationId: user.organisationId,
    planId: plan.id,
    year,
    entryDeadline: deadline,
    today: japanDate(new Date()),
    departmentId,
  });
  const years = readableAnnualPlans(db, user).map((p) => ({ year: p.startYear, label: formatFiscalYear(p.startYear, lang) }));
  return (
    <div className="space-y-6">
      <DashboardHeader
        yearLabel={formatFiscalYear(year, lang)}
        years={years}
        year={year}
        departments={data.departments}
        departmentId={departmentId}
        displayUnit={data.displayUnit}
        basePath={(y) => `/years/${y}/dashboard`}
        moreYears={(count) => tn('moreYears', { count })}
      />
      <QueryProvider>
        <DashboardLive
          initial={toWireText(toWire(data, { phase: plan.phase, loadedAt: new Date().toISOString() }))}
          role={user.role}
          deadline={deadline}
        />
      </QueryProvider>
    </div>
  );
}
