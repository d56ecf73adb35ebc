import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { NavLinks } from '@/components/layout/nav-links';
import { titleNamesFiscalYear } from '@/lib/domain/era';
import { warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { loadMidterm } from '../load';
import { Badge } from '@/components/ui/badge';

/** A mid-term plan's own navigation: its sections and its report (no annual plan needed). */
export default async function MidtermLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { plan } = await loadMidterm(planId);
  const [t, tp] = await Promise.all([getTranslations('midterm'), getTranslations('phases')]);
  const base = `/midterm/${plan.id}`;
  return (
    <>
      <nav aria-label={t('nav')} className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/midterm" className="text-sm text-slate-600 hover:underline">
            {t('title')}
          </Link>
          <span className="font-medium">
            {plan.title}
            {/* A title like 「経営計画（平成27〜29年度）」 already says its period. */}
            {!titleNamesFiscalYear(plan.title, plan.startYear) &&
              `（${t('period', { from: warekiFiscalYear(plan.startYear), to: warekiFiscalYear(plan.endYear) })}）`}
          </span>
          <NavLinks
            links={[
              { href: base, label: t('sections'), also: `${base}/sections` },
              { href: `${base}/report`, label: t('report') },
            ]}
          />
          <Badge className="ml-auto">{tp(plan.phase)}</Badge>
        </div>
      </nav>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
