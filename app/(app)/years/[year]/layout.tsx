import { ClientMessages } from '@/components/i18n/client-messages';
import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { YearSwitch } from '@/components/layout/year-switch';
import { NavLinks } from '@/components/layout/nav-links';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear, readableAnnualPlans } from '@/lib/year';

export default async function YearLayout({ children, params }: { children: React.ReactNode; params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, tf, tp, tc, locale] = await Promise.all([
    getTranslations('nav'),
    getTranslations('figures'),
    getTranslations('phases'),
    getTranslations('common'),
    getLocale(),
  ]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const years = readableAnnualPlans(db, user);
  const links = [
    { href: `/years/${year}`, label: t('overview'), show: true },
    { href: `/years/${year}/sections`, label: t('mySections'), show: user.role === 'staff' || user.role === 'admin' },
    { href: `/years/${year}/review`, label: t('review'), show: user.role === 'committee' || user.role === 'admin' },
    {
      href: `/years/${year}/opinions${user.role === 'admin' ? '' : '/responses'}`,
      label: t('opinions'),
      show: user.role === 'staff' || user.role === 'admin',
    },
    { href: `/years/${year}/dashboard`, label: t('dashboard'), show: true },
    { href: `/years/${year}/report`, label: t('report'), show: true },
    { href: '/trends', label: tf('navTrends'), show: can(user, 'dashboard.read') },
  ].filter((l) => l.show);
  return (
    <>
      <nav aria-label={t('main')} className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <div className="flex flex-wrap items-center gap-2">
            <span className="whitespace-nowrap text-sm text-slate-600">{t('year')}</span>
            <YearSwitch
              years={years.map((p) => ({ year: p.startYear, label: formatFiscalYear(p.startYear, lang), href: `/years/${p.startYear}` }))}
              current={year}
              label={t('year')}
              moreLabel={(count) => t('moreYears', { count })}
              linkClass={() => 'ui-yearlink'}
            />
          </div>
          <NavLinks links={links.map(({ href, label }) => ({ href, label }))} />
          {/* A status, not a control: plain text with a dot, no border or button shape. */}
          <span className="ml-auto inline-flex items-center gap-1 whitespace-nowrap text-xs text-slate-600" data-testid="phase-label">
            <span aria-hidden="true" className="h-2 w-2 rounded-full bg-brand-600" />
            {tp(plan.phase)}
          </span>
        </div>
      </nav>
      {plan.isDemoData && (
        <p className="bg-amber-100 px-4 py-1 text-center text-sm text-amber-900" role="note">
          <strong>{tc('demoData')}</strong>: {tc('demoDataNote')}
        </p>
      )}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <ClientMessages area="year">{children}</ClientMessages>
      </main>
    </>
  );
}
