import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { DeadlineBadge } from '@/components/review/deadline-badge';
import { type KeyFigure, type MaterialLabels, MaterialList, type MaterialRow } from '@/components/review/material-list';
import { Badge } from '@/components/ui/badge';
import { keptSectionIndicatorsWithValues } from '@/db/queries/indicators';
import { countOpinionsByDepartment, listReviewDepartments, listReviewSections, listSectionReads } from '@/db/queries/opinions';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/require';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear } from '@/lib/year';
import { toWireText } from '@/lib/wire-text';
import { Empty } from '@/components/ui/empty';

/** Committee home: the year under review, its deadline, what is still open, and the material by department. */
/** Every workflow status a listed section can show (StatusBadge's keys). */
const STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;

export default async function ReviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  await requirePage('review.read');
  const [t, ts, locale] = await Promise.all([getTranslations('review'), getTranslations('status'), getLocale()]);
  const isMember = user.role === 'committee';
  const departments = listReviewDepartments(db, plan.id);
  const material = listReviewSections(db, plan.id, user).filter(
    (s) =>
      (s.status === 'submitted' || s.status === 'approved') &&
      can(user, 'assessment.read', { status: s.status, departmentId: s.departmentId }),
  );
  const reads = new Map(isMember ? listSectionReads(db, plan.id, user.id).map((r) => [r.sectionId, r.version]) : []);
  const counts = new Map(
    countOpinionsByDepartment(db, plan.id, user, { independentReview: plan.independentReview }).map((c) => [c.departmentId, c]),
  );
  // Each listed section shows its first two indicators: only those (and their ratio parts) are read.
  const keyFigures = keptSectionIndicatorsWithValues(
    db,
    plan.id,
    year,
    material.map((s) => s.id),
    { perSection: 2 },
  );
  const writable = can(user, 'opinion.write', { phase: plan.phase });
  const planRatioLabel = t('planRatio'); // once, not per key figure
  const labels: MaterialLabels = {
    unread: t('unread'),
    changed: t('changed'),
    keyFigures: t('keyFigures'),
    status: Object.fromEntries(STATUSES.map((k) => [k, ts(k)])),
  };
  /** A listed section as the material list takes it: its data, not its markup. */
  const row = (s: (typeof material)[number]): MaterialRow => {
    const read = reads.get(s.id);
    const mark = !isMember ? undefined : read === undefined ? 'unread' : read < (s.version ?? 0) ? 'changed' : undefined;
    const figures = (keyFigures.get(s.id) ?? []).map(
      (f): KeyFigure =>
        f.fig.plan !== null
          ? [f.id, f.name, f.fig.text.actual, `（${planRatioLabel} ${f.fig.text.planRatio}）`]
          : [f.id, f.name, f.fig.text.actual],
    );
    return {
      id: s.id,
      number: s.number,
      title: s.title,
      status: s.status,
      ...(mark ? { mark } : {}),
      ...(figures.length ? { figures } : {}),
    };
  };

  const byDept = departments.map((d) => {
    const sections = material.filter((s) => s.departmentId === d.id);
    const c = counts.get(d.id);
    return { ...d, sections, finals: c?.finals ?? 0, myFinal: c?.myFinal ?? 0, myDraft: c?.myDraft ?? 0 };
  });
  const open = byDept.filter((d) => d.myDraft > 0 || (d.sections.length > 0 && d.myFinal === 0));

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-slate-700">{t('subtitle', { year: formatFiscalYear(year, locale === 'en' ? 'en' : 'ja') })}</p>
        </div>
        <DeadlineBadge deadline={plan.reviewDeadline} closed={plan.phase === 'published'} />
      </header>
      {plan.phase === 'published' && <p className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-800">{t('readOnly')}</p>}
      {plan.independentReview && <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">{t('independent')}</p>}
      {user.role === 'admin' && (
        <p>
          <Link href={`/years/${year}/opinions`} className="text-brand-700 underline">
            {t('adminLink')}
          </Link>
        </p>
      )}

      {isMember && writable && (
        <section aria-labelledby="todo-h" className="rounded border border-brand-100 bg-brand-50 p-4">
          <h2 id="todo-h" className="mb-2 text-lg font-semibold">
            {t('todoTitle')}
          </h2>
          {open.length === 0 ? (
            // "All confirmed" only when this member has confirmed opinions; else there is nothing to read yet.
            <p className="text-sm">{byDept.some((d) => d.myFinal > 0) ? t('todoNone') : t('todoNothingYet')}</p>
          ) : (
            <ul className="space-y-1" data-testid="todo">
              {open.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <Link href={`/years/${year}/review/departments/${d.id}`} className="text-brand-700 underline">
                    {d.myFinal === 0 ? t('todoDept', { dept: d.name }) : d.name}
                  </Link>
                  {d.myDraft > 0 && <Badge tone="info">{t('todoDrafts', { n: d.myDraft })}</Badge>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="depts-h" className="space-y-4">
        <h2 id="depts-h" className="sr-only">
          {t('departments')}
        </h2>
        {material.length === 0 && <Empty>{t('empty')}</Empty>}
        <div className="grid gap-4 lg:grid-cols-2">
          {byDept.map((d) => (
            <section
              key={d.id}
              aria-labelledby={`dept-${d.id}`}
              className="rounded border border-slate-200 bg-white"
              data-testid="review-department"
            >
              <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-2">
                <h3 id={`dept-${d.id}`} className="text-lg font-semibold">
                  {d.name}
                </h3>
                <span className="text-sm text-slate-600">
                  {t('opinions', { n: d.finals })}
                  {isMember &&
                    (d.myFinal > 0 || d.myDraft > 0) &&
                    ` ・ ${t('myFinal', { n: d.myFinal })} / ${t('myDraft', { n: d.myDraft })}`}
                </span>
              </header>
              {d.sections.length === 0 ? (
                <p className="px-4 py-3 text-sm text-slate-600">{t('noMaterial')}</p>
              ) : (
                <MaterialList year={year} deptId={d.id} rows={toWireText(d.sections.map(row))} labels={labels} />
              )}
              <div className="border-t border-slate-100 px-4 py-2">
                <Link
                  href={`/years/${year}/review/departments/${d.id}`}
                  className="inline-block rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
                >
                  {writable ? t('writeOpinion', { dept: d.name }) : t('readDept', { dept: d.name })}
                </Link>
              </div>
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
