import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { DeadlineBadge } from '@/components/review/deadline-badge';
import { IndependentReviewForm } from '@/components/review/independent-review-form';
import { Card } from '@/components/ui/card';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { committeeOpinionsHeading } from '@/db/queries/compilation';
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
  const [t, tc] = await Promise.all([getTranslations('opinionAdmin'), getTranslations('compilation')]);
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
            {t('compilationLink', { section: committeeOpinionsHeading(db, plan.id) ?? tc('defaultSection') })}
          </Link>
        </li>
      </ul>
      <section aria-labelledby="progress-h">
        <h2 id="progress-h" className="mb-2 text-lg font-semibold">
          {t('progress')}
        </h2>
        <Table data-testid="member-progress">
          <THead>
            <tr>
              <TH>{t('member')}</TH>
              {shown.map((d) => (
                <TH key={d.id} numeric className="whitespace-nowrap">
                  {d.name}
                </TH>
              ))}
              <TH numeric>{t('total')}</TH>
            </tr>
          </THead>
          <tbody>
            {members.map((m) => (
              <TR key={m.id}>
                <TH scope="row" className="whitespace-nowrap font-medium">
                  {m.displayName}
                </TH>
                {shown.map((d) => {
                  const n = cell(m.id, d.id);
                  return (
                    <TD key={d.id} numeric className={n ? 'font-semibold text-emerald-800' : 'text-slate-500'}>
                      {n || t('noneYet')}
                    </TD>
                  );
                })}
                <TD numeric>{total(m.id)}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      </section>
      <Card id="indep" title={t('independentTitle')}>
        <IndependentReviewForm
          planId={plan.id}
          enabled={plan.independentReview}
          version={plan.version}
          disabled={!can(user, 'plan.admin', { phase: plan.phase })}
        />
      </Card>
    </div>
  );
}
