import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { SectionPageBody } from '@/components/sections/section-page';
import { warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { loadMidterm } from '../../../load';

/**
 * A section of a mid-term plan: its self-assessment, and its figures for one year of the plan
 * (`?year=`, the last year by default): entered here where no annual plan of that year has them.
 */
export default async function MidtermSectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string; id: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ planId, id }, sp] = await Promise.all([params, searchParams]);
  const { user, plan, db } = await loadMidterm(planId);
  const t = await getTranslations('midterm');
  const asked = Number(sp.year);
  const year = Number.isInteger(asked) && asked >= plan.startYear && asked <= plan.endYear ? asked : plan.endYear;
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const switcher = (
    <nav aria-label={t('yearSwitch')} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-700">{t('figuresOf')}</span>
      {years.map((y) => (
        <Link
          key={y}
          href={`/midterm/${plan.id}/sections/${id}?year=${y}`}
          aria-current={y === year ? 'page' : undefined}
          className={`rounded border px-2 py-1 ${y === year ? 'border-brand-600 bg-brand-50 font-medium' : 'border-slate-300 hover:bg-slate-50'}`}
        >
          {warekiFiscalYear(y)}
        </Link>
      ))}
    </nav>
  );
  return <SectionPageBody user={user} plan={plan} year={year} db={db} sectionId={id} backHref={`/midterm/${plan.id}`} extra={switcher} />;
}
