import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { countFinalOpinions, countStatusesByDepartment, inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import type { AssessmentStatus } from '@/lib/domain/types';
import { loadYear } from '@/lib/year';

const STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;

export default async function YearOverviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  const [t, ts, tp, tc, locale] = await Promise.all([
    getTranslations('overview'),
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

      <section aria-labelledby="progress-h">
        <h2 id="progress-h" className="mb-2 text-lg font-semibold">
          {t('progress')}
        </h2>
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {tc('department')}
                </th>
                {STATUSES.map((s) => (
                  <th key={s} scope="col" className="px-3 py-2 text-right">
                    {ts(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...byDept.entries()].map(([key, d]) => (
                <tr key={key} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {d.name}
                  </th>
                  {STATUSES.map((s) => (
                    <td key={s} className="px-3 py-2 text-right tabular-nums">
                      {d.counts[s] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
              <Link href={`/years/${year}/sections/${s.id}`} className="text-brand-700 hover:underline">
                {s.number && <span className="mr-2 tabular-nums">{s.number}</span>}
                {s.title}
              </Link>
              <span className="flex items-center gap-3 text-xs text-slate-600">
                <span className="hidden sm:inline">{s.departmentName}</span>
                {s.kind !== 'committee_opinions' && showAssessment(s.status) && <StatusBadge status={s.status} />}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
