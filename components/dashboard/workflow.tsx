import { Link } from '@/components/ui/link';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Badge } from '@/components/ui/badge';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
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
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className="space-y-2 lg:col-span-2">
        <Table data-testid="workflow-table">
          <caption className="px-3 py-2 text-left font-semibold">
            {t('title')}
            {deadline && <span className="ml-2 text-xs font-normal text-slate-600">{t('deadline', { date: deadline })}</span>}
          </caption>
          <THead>
            <tr>
              <TH>{tc('department')}</TH>
              {STATUSES.map((s) => (
                <TH key={s} numeric>
                  {ts(s)}
                </TH>
              ))}
              <TH numeric>{t('overdue')}</TH>
            </tr>
          </THead>
          <tbody>
            {[...depts.entries()].map(([key, d]) => (
              <TR key={key} className={d.overdue > 0 ? 'bg-red-50' : undefined}>
                <TH scope="row" className="font-medium">
                  {d.name}
                </TH>
                {STATUSES.map((s) => (
                  <TD key={s} numeric>
                    {d.counts[s] ?? 0}
                  </TD>
                ))}
                <TD numeric className={d.overdue > 0 ? 'font-bold text-red-800' : undefined}>
                  {d.overdue > 0 ? (
                    <>
                      <span aria-hidden="true">！</span>
                      {d.overdue}
                    </>
                  ) : (
                    0
                  )}
                </TD>
              </TR>
            ))}
          </tbody>
        </Table>
        <div className="rounded-lg border border-slate-200 bg-white px-3 py-2">
          <h3 className="text-sm font-semibold">{t('overdueList')}</h3>
          {overdueSections.length === 0 ? (
            <p className="text-sm text-slate-700">{t('noOverdue')}</p>
          ) : (
            <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2" data-testid="overdue-sections">
              {overdueSections.map((s) => (
                <li key={s.id} className="flex items-baseline gap-2">
                  <Badge tone="danger">{t('overdue')}</Badge>
                  <Link href={`/years/${data.year}/sections/${s.id}`} className="ui-link">
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
      <Table data-testid="opinion-table" caption={t('opinions')}>
        <THead>
          <tr>
            <TH>{tc('department')}</TH>
            <TH numeric>{t('opinionCount')}</TH>
            <TH numeric>{t('openResponses')}</TH>
          </tr>
        </THead>
        <tbody>
          {opinionCounts.length === 0 && (
            <tr>
              <TD colSpan={3} className="text-slate-700">
                {t('noOpinions')}
              </TD>
            </tr>
          )}
          {opinionCounts.map((o) => (
            <TR key={String(o.departmentId)}>
              <TH scope="row" className="font-medium">
                <Link href={opinionHref(o.departmentId)} className="ui-link">
                  {o.departmentName ?? '―'}
                </Link>
              </TH>
              <TD numeric>{o.opinions}</TD>
              <TD numeric className={o.openResponses > 0 ? 'font-semibold text-amber-900' : undefined}>
                {o.openResponses}
              </TD>
            </TR>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
