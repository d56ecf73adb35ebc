import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { StatusBadgeOf } from '@/components/ui/status-badge';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { countFinalOpinions, countStatusesByDepartment, inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { daysUntil, isOverdue, japanDate, overdueDeadline } from '@/lib/domain/progress';
import type { AssessmentStatus } from '@/lib/domain/types';
import { loadYear } from '@/lib/year';

const STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
/** Sections someone writes a self-assessment for (headings and tables are not). */
const WORKFLOW_KINDS = new Set(['preface', 'narrative', 'initiative']);

export default async function YearOverviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, tf, ts, tp, tc, locale] = await Promise.all([
    getTranslations('overview'),
    getTranslations('yearStatus'),
    getTranslations('status'),
    getTranslations('phases'),
    getTranslations('common'),
    getLocale(),
  ]);
  const fy = formatFiscalYear(year, locale === 'en' ? 'en' : 'ja');
  const counts = countStatusesByDepartment(db, plan.id);
  const byDept = new Map<string, { name: string; counts: Record<string, number> }>();
  for (const c of counts) {
    const key = String(c.departmentId);
    const entry = byDept.get(key) ?? { name: c.departmentName ?? '―', counts: {} };
    entry.counts[c.status] = c.n;
    byDept.set(key, entry);
  }
  const sections = inDocumentOrder(listSectionStatuses(db, plan.id));
  // What stands between this phase and the next: sections not yet submitted, submissions not yet approved.
  const deadline = overdueDeadline(plan);
  const today = japanDate(new Date());
  const toWrite = sections.filter((s) => WORKFLOW_KINDS.has(s.kind));
  const late = (s: { status: AssessmentStatus | null }) => isOverdue(s.status, deadline, today);
  const blocking = {
    unsubmitted: toWrite.filter((s) => s.status !== 'submitted' && s.status !== 'approved').length,
    awaitingApproval: toWrite.filter((s) => s.status === 'submitted').length,
    overdue: toWrite.filter(late).length,
  };
  const overdueByDept = new Map<string, number>();
  for (const s of toWrite) if (late(s)) overdueByDept.set(String(s.departmentId), (overdueByDept.get(String(s.departmentId)) ?? 0) + 1);
  const days = deadline ? daysUntil(today, deadline) : null;
  const showAssessment = (status: AssessmentStatus | null) => can(user, 'assessment.read', { status: status ?? undefined });

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{t('title', { year: fy })}</h1>
        <p className="mt-1 text-slate-700">{plan.title}</p>
        <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t('phase')}</dt>
            <dd className="font-medium" data-testid="plan-phase">
              {tp(plan.phase)}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('entryDeadline')}</dt>
            <dd>{plan.entryDeadline ?? tc('noDeadline')}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('reviewDeadline')}</dt>
            <dd>{plan.reviewDeadline ?? tc('noDeadline')}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('opinions')}</dt>
            <dd>{countFinalOpinions(db, plan.id)}</dd>
          </div>
        </dl>
      </header>

      {deadline && days !== null && (
        <section
          aria-labelledby="blocking-h"
          className={`rounded border-l-4 p-3 ${blocking.overdue ? 'border-red-600 bg-red-50' : 'border-brand-600 bg-brand-50'}`}
          data-testid="blocking"
        >
          <h2 id="blocking-h" className="font-semibold">
            {days >= 0 ? tf('daysLeft', { date: deadline, days }) : tf('daysPast', { date: deadline, days: -days })}
          </h2>
          <p className="text-sm">
            {tf('blocking', { unsubmitted: blocking.unsubmitted, awaiting: blocking.awaitingApproval, overdue: blocking.overdue })}
          </p>
        </section>
      )}

      <section aria-labelledby="progress-h">
        <h2 id="progress-h" className="mb-2 text-lg font-semibold">
          {t('progress')}
        </h2>
        <Table>
          <THead>
            <tr>
              <TH>{tc('department')}</TH>
              {STATUSES.map((s) => (
                <TH key={s} numeric>
                  {ts(s)}
                </TH>
              ))}
              {deadline && <TH numeric>{tf('overdue')}</TH>}
            </tr>
          </THead>
          <tbody>
            {[...byDept.entries()].map(([key, d]) => (
              <TR key={key}>
                <TH scope="row" className="font-medium">
                  {d.name}
                </TH>
                {STATUSES.map((s) => (
                  <TD key={s} numeric>
                    {d.counts[s] ?? 0}
                  </TD>
                ))}
                {deadline && (
                  <TD numeric className={overdueByDept.get(key) ? 'font-semibold text-red-800' : undefined}>
                    {overdueByDept.get(key) ?? 0}
                  </TD>
                )}
              </TR>
            ))}
          </tbody>
        </Table>
      </section>

      <section aria-labelledby="sections-h">
        <h2 id="sections-h" className="mb-2 text-lg font-semibold">
          {t('sections')}
        </h2>
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
          {sections.map((s) => (
            <li
              key={s.id}
              className="flex items-center justify-between gap-3 px-3 py-2"
              style={{ paddingLeft: `${0.75 + s.depth * 1.25}rem` }}
            >
              <Link href={`/years/${year}/sections/${s.id}`} className="ui-link">
                {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}
                {s.title}
              </Link>
              <span className="flex items-center gap-3 text-xs text-slate-600">
                <span className="hidden sm:inline">{s.departmentName}</span>
                {WORKFLOW_KINDS.has(s.kind) && late(s) && days !== null && (
                  <span className="whitespace-nowrap font-semibold text-red-800">{tf('overdueDays', { days: -days })}</span>
                )}
                {WORKFLOW_KINDS.has(s.kind) && showAssessment(s.status) && <StatusBadgeOf status={s.status} t={ts} />}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
