import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { DeadlineBadge } from '@/components/review/deadline-badge';
import { IndependentReviewForm } from '@/components/review/independent-review-form';
import { countOpinionsByMember, listCommitteeUsers, listReviewDepartments } from '@/db/queries/opinions';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/require';
import { loadYear } from '@/lib/year';

/** Admin: which member has finalised what, per department; the independent-review setting. */
export default async function OpinionsAdminPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  // The compilation and its overview of who wrote what are the planning department's.
  await requirePage('compilation.edit');
  const t = await getTranslations('opinionAdmin');
  const members = listCommitteeUsers(db, user.organisationId);
  const departments = listReviewDepartments(db, plan.id);
  const counts = countOpinionsByMember(db, plan.id).filter((c) => c.status === 'final');
  const cell = (authorId: number, departmentId: number) =>
    counts.find((c) => c.authorId === authorId && c.departmentId === departmentId)?.n ?? 0;
  const total = (authorId: number) => counts.filter((c) => c.authorId === authorId).reduce((n, c) => n + c.n, 0);
  const shown = departments;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <DeadlineBadge deadline={plan.reviewDeadline} closed={plan.phase === 'published'} />
      </header>
      <ul className="flex flex-wrap gap-3">
        <li>
          <Link
            href={`/years/${year}/opinions/responses`}
            className="inline-block rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
          >
            {t('responsesLink')}
          </Link>
        </li>
        <li>
          <Link
            href={`/years/${year}/opinions/compilation`}
            className="inline-block rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
          >
            {t('compilationLink')}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="progress-h" className="rounded border border-slate-200 bg-white">
        <h2 id="progress-h" className="border-b border-slate-100 px-4 py-2 text-lg font-semibold">
          {t('progress')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm" data-testid="member-progress">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('member')}
                </th>
                {shown.map((d) => (
                  <th key={d.id} scope="col" className="px-3 py-2 text-right whitespace-nowrap">
                    {d.name}
                  </th>
                ))}
                <th scope="col" className="px-3 py-2 text-right">
                  {t('total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                    {m.displayName}
                  </th>
                  {shown.map((d) => {
                    const n = cell(m.id, d.id);
                    return (
                      <td
                        key={d.id}
                        className={`px-3 py-2 text-right tabular-nums ${n ? 'text-emerald-800 font-semibold' : 'text-slate-500'}`}
                      >
                        {n || t('noneYet')}
                      </td>
                    );
                  })}
                  <td className="px-3 py-2 text-right tabular-nums">{total(m.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="indep-h" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="indep-h" className="mb-2 text-lg font-semibold">
          {t('independentTitle')}
        </h2>
        <IndependentReviewForm
          planId={plan.id}
          enabled={plan.independentReview}
          version={plan.version}
          disabled={!can(user, 'plan.admin', { phase: plan.phase })}
        />
      </section>
    </div>
  );
}
