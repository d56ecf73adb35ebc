import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { listUserDepartmentNames } from '@/db/queries/users';
import { inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear } from '@/lib/year';

const FILTERS = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;

/** "My sections": what the user's departments own (admin sees every section). */
export default async function MySectionsPage({ params, searchParams }: { params: Promise<{ year: string }>; searchParams: Promise<{ status?: string }> }) {
  const [{ year: yearParam }, { status }] = await Promise.all([params, searchParams]);
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, ts, tc, locale] = await Promise.all([getTranslations('mySections'), getTranslations('status'), getTranslations('common'), getLocale()]);
  const scope = user.role === 'admin' ? {} : { departmentIds: user.role === 'staff' ? user.departmentIds : [] };
  const all = listSectionStatuses(db, plan.id, scope).filter((s) => s.kind === 'narrative' || s.kind === 'initiative' || s.kind === 'preface' || s.kind === 'heading');
  const filter = FILTERS.find((f) => f === status);
  const rows = inDocumentOrder(all).filter((s) => !filter || (s.status ?? 'not_started') === filter);
  const depts = listUserDepartmentNames(db, user.id).join('・');
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('subtitle', { year: formatFiscalYear(year, locale === 'en' ? 'en' : 'ja'), departments: depts })}</p>
        <p className="text-sm text-slate-600">{tc('deadline')}: {plan.entryDeadline ?? tc('noDeadline')}</p>
      </header>
      <nav aria-label={t('filter')} className="flex flex-wrap gap-1 text-sm">
        <Link href={`/years/${year}/sections`} aria-current={!filter ? 'page' : undefined} className={`rounded border px-2 py-1 ${!filter ? 'border-brand-600 bg-brand-50' : 'border-slate-300'}`}>{tc('all')}</Link>
        {FILTERS.map((f) => (
          <Link key={f} href={`/years/${year}/sections?status=${f}`} aria-current={filter === f ? 'page' : undefined} className={`rounded border px-2 py-1 ${filter === f ? 'border-brand-600 bg-brand-50' : 'border-slate-300'}`}>{ts(f)}</Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="my-sections">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{tc('section')}</th>
                <th scope="col" className="px-3 py-2">{tc('department')}</th>
                <th scope="col" className="px-3 py-2">{tc('status')}</th>
                <th scope="col" className="px-3 py-2">{tc('lastEdited')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-t border-slate-100">
                  <td className="px-3 py-2" style={{ paddingLeft: `${0.75 + s.depth}rem` }}>
                    <Link href={`/years/${year}/sections/${s.id}`} className="text-brand-700 hover:underline">
                      {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}{s.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{s.departmentName}</td>
                  <td className="px-3 py-2"><StatusBadge status={s.status} /></td>
                  <td className="px-3 py-2 text-slate-600">{s.updatedBy ? `${s.updatedBy}・${s.updatedAt?.slice(0, 16).replace('T', ' ')}` : tc('none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
