import { YearSwitch } from '@/components/layout/year-switch';
import { DepartmentFilter } from '@/components/ui/department-filter';
import { Link } from '@/components/ui/link';
import { useTranslations } from '@/lib/i18n/use-translations';
import { DISPLAY_UNIT_LABEL } from '@/lib/domain/progress';
import type { DisplayUnit } from '@/lib/domain/types';

/** Title, fiscal year switcher, department filter (a plain GET form: works before any script). */
export function DashboardHeader({
  yearLabel,
  years,
  year,
  departments,
  departmentId,
  displayUnit,
  basePath,
  moreYears,
}: {
  yearLabel: string;
  years: { year: number; label: string }[];
  year: number;
  departments: { id: number; name: string }[];
  departmentId: number | null;
  displayUnit: DisplayUnit;
  basePath: (year: number) => string;
  /** The year switch's menu label, given how many years it holds. */
  moreYears: (count: number) => string;
}) {
  const t = useTranslations('dashboard');
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {t('title')} <span className="block text-lg font-semibold text-slate-700 sm:inline">{yearLabel}</span>
        </h1>
        <Link href="/trends" className="text-sm text-brand-700 underline-offset-2 hover:underline">
          {t('trendsLink')}
        </Link>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <nav aria-label={t('yearSwitch')}>
          <YearSwitch
            years={years.map((y) => ({ ...y, href: `${basePath(y.year)}${departmentId ? `?dept=${departmentId}` : ''}` }))}
            current={year}
            moreLabel={moreYears}
            linkClass={(current) =>
              `block rounded border px-2 py-1 text-sm ${current ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white text-brand-700 hover:bg-brand-50'}`
            }
            testId="year-switch"
          />
        </nav>
        <DepartmentFilter
          departments={departments}
          value={departmentId}
          labels={{ select: t('department'), all: t('allDepartments'), apply: t('apply') }}
        />
        <p className="text-xs text-slate-600">{t('unitNote', { unit: DISPLAY_UNIT_LABEL[displayUnit] })}</p>
      </div>
    </header>
  );
}
