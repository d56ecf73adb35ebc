import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { YearSwitch } from '@/components/layout/year-switch';
import { DepartmentFilter } from '@/components/ui/department-filter';
import { ExcelPanel } from '@/components/sections/excel-panel';
import { formatDateTime } from '@/components/sections/time';
import { StatusBadgeOf } from '@/components/ui/status-badge';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { listNarratives } from '@/db/queries/assessments';
import { inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { listUserDepartmentNames } from '@/db/queries/users';
import { reviewNarrative, warningCount } from '@/lib/domain/consistency';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear, readableAnnualPlans } from '@/lib/year';
import { daysUntil, isOverdue, japanDate, overdueDeadline } from '@/lib/domain/progress';
import { checkableIndicator, type WorkspaceIndicator } from '@/components/sections/types';
import { Empty } from '@/components/ui/empty';

const FILTERS = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
const WRITABLE = new Set(['narrative', 'initiative', 'preface', 'heading']);
const chip = (on: boolean) =>
  `rounded border px-2 py-1 ${on ? 'border-brand-600 bg-brand-50 font-medium' : 'border-slate-300 hover:bg-slate-50'}`;

/** "My sections": what the user's departments own (admin sees every section), with warnings. */
export default async function MySectionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ status?: string; dept?: string }>;
}) {
  const [{ year: yearParam }, { status, dept }] = await Promise.all([params, searchParams]);
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, ts, tc, tn, locale] = await Promise.all([
    getTranslations('mySections'),
    getTranslations('status'),
    getTranslations('common'),
    getTranslations('nav'),
    getLocale(),
  ]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const departmentIds = user.role === 'admin' ? null : user.role === 'staff' ? user.departmentIds : [];
  const all = listSectionStatuses(db, plan.id, departmentIds ? { departmentIds } : {}).filter((s) => WRITABLE.has(s.kind));
  const filter = FILTERS.find((f) => f === status);
  // The departments whose sections are listed: a filter once there is more than one to choose from.
  const departments = [
    ...new Map(all.flatMap((s) => (s.kind !== 'heading' && s.departmentId !== null ? [[s.departmentId, s.departmentName ?? '']] : []))),
  ].map(([id, name]) => ({ id, name }));
  const department = departments.find((d) => String(d.id) === dept);
  const inScope = (s: { departmentId: number | null }) => !department || s.departmentId === department.id;
  // Filtered, the list is of sections only: a heading groups sections that may not be shown.
  const rows = inDocumentOrder(all).filter(
    (s) => (!filter && !department) || (s.kind !== 'heading' && inScope(s) && (!filter || (s.status ?? 'not_started') === filter)),
  );
  const listHref = (q: { status?: string; dept?: number }) => {
    const search = new URLSearchParams();
    if (q.status) search.set('status', q.status);
    if (q.dept !== undefined) search.set('dept', String(q.dept));
    return `/years/${year}/sections${search.size ? `?${search}` : ''}`;
  };

  // Warning counts: every narrative checked against its section's indicators (two queries);
  // an unreadable figure counts even where the section has no indicator.
  const indicators = listIndicatorsForEntry(db, plan.id, year, { departmentIds });
  const bySection = new Map<number, WorkspaceIndicator[]>();
  for (const raw of indicators) {
    if (raw.sectionId === null) continue;
    bySection.set(raw.sectionId, [...(bySection.get(raw.sectionId) ?? []), checkableIndicator({ ...raw, aliases: raw.aliases ?? [] })]);
  }
  const warnings = new Map<number, number>();
  for (const n of listNarratives(db, plan.id)) {
    const count = warningCount(reviewNarrative(n.narrative, bySection.get(n.sectionId) ?? []));
    if (count > 0 || bySection.has(n.sectionId)) warnings.set(n.sectionId, count);
  }
  const years = readableAnnualPlans(db, user);
  const deadline = overdueDeadline(plan);
  const today = japanDate(new Date());
  const overdue = all.filter((s) => s.kind !== 'heading' && inScope(s) && isOverdue(s.status, deadline, today));
  const depts = listUserDepartmentNames(db, user.id).join('・');
  const showExcel = (user.role === 'staff' || user.role === 'admin') && plan.phase !== 'published' && indicators.length > 0;
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('subtitle', { year: formatFiscalYear(year, lang), departments: depts })}</p>
        <p className="text-sm text-slate-700">
          {t('deadline')}: {plan.entryDeadline ?? tc('noDeadline')}
        </p>
      </header>
      {overdue.length > 0 && deadline && (
        <section role="note" aria-labelledby="overdue-h" className="rounded border-l-4 border-red-600 bg-red-50 p-3" data-testid="overdue">
          <h2 id="overdue-h" className="font-semibold text-red-900">
            {t('overdueTitle', { n: overdue.length, days: -daysUntil(today, deadline) })}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
            {overdue.map((s) => (
              <li key={s.id}>
                <Link href={`/years/${year}/sections/${s.id}`} className="text-red-900 underline">
                  {s.number && <span className="mr-1 tabular-nums">{s.number}</span>}
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <nav aria-label={t('filter')} className="flex flex-wrap gap-1 text-sm">
          <Link href={listHref({ dept: department?.id })} aria-current={!filter ? 'page' : undefined} className={chip(!filter)}>
            {tc('all')}
          </Link>
          {FILTERS.map((f) => (
            <Link
              key={f}
              href={listHref({ status: f, dept: department?.id })}
              aria-current={filter === f ? 'page' : undefined}
              className={chip(filter === f)}
            >
              {ts(f)}
            </Link>
          ))}
        </nav>
        {departments.length > 1 && (
          <DepartmentFilter
            departments={departments}
            value={department?.id ?? null}
            labels={{ select: tc('department'), all: t('allDepartments'), apply: t('apply'), form: t('departmentFilter') }}
            keep={{ status: filter }}
          />
        )}
        <nav aria-label={t('yearSwitch')} className="text-sm">
          <YearSwitch
            years={years.map((p) => ({
              year: p.startYear,
              label: formatFiscalYear(p.startYear, lang),
              href: `/years/${p.startYear}/sections`,
            }))}
            current={year}
            moreLabel={(count) => tn('moreYears', { count })}
            linkClass={chip}
          />
        </nav>
      </div>
      {rows.length === 0 ? (
        <Empty>{(filter || department) && all.length ? t('emptyFilter') : t('empty')}</Empty>
      ) : (
        <Table data-testid="my-sections">
          <THead>
            <tr>
              <TH>{tc('section')}</TH>
              <TH>{tc('department')}</TH>
              <TH>{tc('status')}</TH>
              <TH>{tc('lastEdited')}</TH>
              <TH>{t('deadline')}</TH>
              <TH numeric>{t('warnings')}</TH>
            </tr>
          </THead>
          <tbody>
            {rows.map((s) => {
              const n = warnings.get(s.id) ?? 0;
              // Headings (保証部門 …) group the sections below them; nothing to write there.
              if (s.kind === 'heading')
                return (
                  <TR key={s.id} className="bg-slate-50">
                    <TH scope="rowgroup" colSpan={6} style={{ paddingLeft: `${0.75 + s.depth}rem` }}>
                      {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}
                      {s.title}
                    </TH>
                  </TR>
                );
              const late = isOverdue(s.status, deadline, today);
              return (
                <TR key={s.id} data-testid="section-row" data-overdue={late || undefined}>
                  <TD style={{ paddingLeft: `${0.75 + s.depth}rem` }}>
                    <Link href={`/years/${year}/sections/${s.id}`} className="ui-link">
                      {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}
                      {s.title}
                    </Link>
                  </TD>
                  <TD className="whitespace-nowrap">{s.departmentName}</TD>
                  <TD>
                    <StatusBadgeOf status={s.status} t={ts} />
                  </TD>
                  <TD className="whitespace-nowrap text-slate-700">
                    {s.updatedBy && s.updatedAt ? t('editedBy', { name: s.updatedBy, time: formatDateTime(s.updatedAt) }) : tc('none')}
                  </TD>
                  <TD className={late ? 'whitespace-nowrap font-semibold text-red-800' : 'whitespace-nowrap text-slate-700'}>
                    {plan.entryDeadline ?? tc('noDeadline')}
                    {late && deadline && <span className="block text-xs">{t('overdueDays', { days: -daysUntil(today, deadline) })}</span>}
                  </TD>
                  <TD numeric className={n ? 'font-medium text-amber-900' : 'text-slate-600'} data-testid="warning-count">
                    {n ? `⚠ ${t('warningCount', { n })}` : t('noWarnings')}
                  </TD>
                </TR>
              );
            })}
          </tbody>
        </Table>
      )}
      {showExcel && <ExcelPanel year={year} />}
    </div>
  );
}
