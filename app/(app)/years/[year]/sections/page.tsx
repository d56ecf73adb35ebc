import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { ExcelPanel } from '@/components/sections/excel-panel';
import { formatDateTime } from '@/components/sections/time';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { listNarratives } from '@/db/queries/assessments';
import { listPlans } from '@/db/queries/plans';
import { inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { listUserDepartmentNames } from '@/db/queries/users';
import { checkSections, warningsOf } from '@/lib/domain/consistency';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear } from '@/lib/year';

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
  searchParams: Promise<{ status?: string }>;
}) {
  const [{ year: yearParam }, { status }] = await Promise.all([params, searchParams]);
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, ts, tc, locale] = await Promise.all([
    getTranslations('mySections'),
    getTranslations('status'),
    getTranslations('common'),
    getLocale(),
  ]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const departmentIds = user.role === 'admin' ? null : user.role === 'staff' ? user.departmentIds : [];
  const all = listSectionStatuses(db, plan.id, departmentIds ? { departmentIds } : {}).filter((s) => WRITABLE.has(s.kind));
  const filter = FILTERS.find((f) => f === status);
  const rows = inDocumentOrder(all).filter((s) => !filter || (s.status ?? 'not_started') === filter);

  // Warning counts: every narrative checked against its section's indicators (two queries).
  const indicators = listIndicatorsForEntry(db, plan.id, year, { departmentIds });
  const warnings = new Map([...checkSections(listNarratives(db, plan.id), indicators)].map(([id, c]) => [id, warningsOf(c).length]));
  const years = listPlans(db, user.organisationId).filter((p) => p.kind === 'annual');
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
      <div className="flex flex-wrap items-start justify-between gap-3">
        <nav aria-label={t('filter')} className="flex flex-wrap gap-1 text-sm">
          <Link href={`/years/${year}/sections`} aria-current={!filter ? 'page' : undefined} className={chip(!filter)}>
            {tc('all')}
          </Link>
          {FILTERS.map((f) => (
            <Link
              key={f}
              href={`/years/${year}/sections?status=${f}`}
              aria-current={filter === f ? 'page' : undefined}
              className={chip(filter === f)}
            >
              {ts(f)}
            </Link>
          ))}
        </nav>
        <nav aria-label={t('yearSwitch')} className="flex flex-wrap gap-1 text-sm">
          {years.map((p) => (
            <Link
              key={p.id}
              href={`/years/${p.startYear}/sections`}
              aria-current={p.startYear === year ? 'page' : undefined}
              className={chip(p.startYear === year)}
            >
              {formatFiscalYear(p.startYear, lang)}
            </Link>
          ))}
        </nav>
      </div>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {filter && all.length ? t('emptyFilter') : t('empty')}
        </p>
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
              return (
                <TR key={s.id} data-testid="section-row">
                  <TD style={{ paddingLeft: `${0.75 + s.depth}rem` }}>
                    <Link href={`/years/${year}/sections/${s.id}`} className="text-brand-700 hover:underline">
                      {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}
                      {s.title}
                    </Link>
                  </TD>
                  <TD className="whitespace-nowrap">{s.departmentName}</TD>
                  <TD>
                    <StatusBadge status={s.status} />
                  </TD>
                  <TD className="whitespace-nowrap text-slate-700">
                    {s.updatedBy && s.updatedAt ? t('editedBy', { name: s.updatedBy, time: formatDateTime(s.updatedAt) }) : tc('none')}
                  </TD>
                  <TD className="whitespace-nowrap text-slate-700">{plan.entryDeadline ?? tc('noDeadline')}</TD>
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
