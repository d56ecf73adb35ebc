import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Role } from '@/lib/domain/types';
import type { DashboardPayload } from './types';

const STATUSES = ['not_started', 'draft', 'returned', 'submitted', 'approved'] as const;

/** Sections by status per department, overdue ones listed, committee opinions and open responses. */
export function Workflow({ data, role, deadline }: { data: DashboardPayload; role: Role; deadline: string | null }) {
  const t = useTranslations('dashboard.workflow');
  const ts = useTranslations('status');
  const tc = useTranslations('common');
  const { statusCounts, overdueSections, opinionCounts } = data.workflow;
  const depts = new Map<string, { id: number | null; name: string; counts: Record<string, number>; overdue: number; total: number }>();
  for (const c of statusCounts) {
    const key = String(c.departmentId);
    const d = depts.get(key) ?? { id: c.departmentId, name: c.departmentName ?? '―', counts: {}, overdue: 0, total: 0 };
    d.counts[c.status] = c.n;
    d.overdue += c.overdue;
    d.total += c.n;
    depts.set(key, d);
  }
  const opinionHref = (deptId: number | null) =>
    role === 'committee'
      ? deptId
        ? `/years/${data.year}/review/departments/${deptId}`
        : `/years/${data.year}/review`
      : `/years/${data.year}/opinions/responses${deptId ? `#resp-dept-${deptId}` : ''}`;
  const cell = 'whitespace-nowrap px-3 py-2 text-right tabular-nums';
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white lg:col-span-2">
        <table className="w-full text-sm" data-testid="workflow-table">
          <caption className="px-3 py-2 text-left font-semibold">
            {t('title')}
            {deadline && <span className="ml-2 text-xs font-normal text-slate-600">{t('deadline', { date: deadline })}</span>}
          </caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {tc('department')}
              </th>
              {STATUSES.map((s) => (
                <th key={s} scope="col" className="px-3 py-2 text-right">
                  {ts(s)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                {t('overdue')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...depts.entries()].map(([key, d]) => (
              <tr key={key} className={`border-t border-slate-100 ${d.overdue > 0 ? 'bg-red-50' : ''}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {d.name}
                </th>
                {STATUSES.map((s) => (
                  <td key={s} className={cell}>
                    {d.counts[s] ?? 0}
                  </td>
                ))}
                <td className={`${cell} ${d.overdue > 0 ? 'font-bold text-red-800' : ''}`}>
                  {d.overdue > 0 ? (
                    <>
                      <span aria-hidden="true">！</span>
                      {d.overdue}
                    </>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="border-t border-slate-200 px-3 py-2">
          <h3 className="text-sm font-semibold">{t('overdueList')}</h3>
          {overdueSections.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noOverdue')}</p>
          ) : (
            <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2" data-testid="overdue-sections">
              {overdueSections.map((s) => (
                <li key={s.id} className="flex items-baseline gap-2">
                  <span className="rounded bg-red-100 px-1 text-xs font-semibold text-red-900">{t('overdue')}</span>
                  <Link href={`/years/${data.year}/sections/${s.id}`} className="text-brand-700 hover:underline">
                    {s.title}
                  </Link>
                  <span className="text-xs text-slate-600">
                    {s.departmentName}・{ts(s.status)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="opinion-table">
          <caption className="px-3 py-2 text-left font-semibold">{t('opinions')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {tc('department')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('opinionCount')}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t('openResponses')}
              </th>
            </tr>
          </thead>
          <tbody>
            {opinionCounts.length === 0 && (
              <tr>
                <td colSpan={3} className="px-3 py-2 text-slate-700">
                  {t('noOpinions')}
                </td>
              </tr>
            )}
            {opinionCounts.map((o) => (
              <tr key={String(o.departmentId)} className="border-t border-slate-100">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={opinionHref(o.departmentId)} className="text-brand-700 hover:underline">
                    {o.departmentName ?? '―'}
                  </Link>
                </th>
                <td className={cell}>{o.opinions}</td>
                <td className={`${cell} ${o.openResponses > 0 ? 'font-semibold text-amber-900' : ''}`}>{o.openResponses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
