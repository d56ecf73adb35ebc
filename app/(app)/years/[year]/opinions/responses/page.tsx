import { getTranslations } from '@/lib/i18n/get-translations';
import { notFound } from 'next/navigation';
import { ResponseForm } from '@/components/review/response-form';
import { listOpinions, listReviewDepartments, listReviewSections } from '@/db/queries/opinions';
import { can } from '@/lib/auth/policy';
import { loadYear } from '@/lib/year';
import { Empty } from '@/components/ui/empty';

/** 対応方針: staff answer the final opinions on their departments; admin answers any. */
export default async function ResponsesPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, db } = await loadYear(yearParam);
  if (user.role === 'committee') notFound();
  const t = await getTranslations('responses');
  const opinions = listOpinions(db, plan.id, user).filter(
    (o) =>
      o.status === 'final' && can(user, 'opinion.read', { opinionStatus: o.status, departmentId: o.departmentId, authorId: o.authorId }),
  );
  const departments = listReviewDepartments(db, plan.id).filter((d) => opinions.some((o) => o.departmentId === d.id));
  const sectionTitles = new Map(listReviewSections(db, plan.id, user).map((s) => [s.id, s.title]));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-sm text-slate-700">{t('help')}</p>
      </header>
      {opinions.length === 0 && <Empty>{t('none')}</Empty>}
      {departments.map((d) => (
        <section key={d.id} aria-labelledby={`resp-dept-${d.id}`} className="space-y-3">
          <h2 id={`resp-dept-${d.id}`} className="text-lg font-semibold">
            {d.name}
          </h2>
          <ul className="space-y-3">
            {opinions
              .filter((o) => o.departmentId === d.id)
              .map((o) => {
                const writable = can(user, 'response.write', { departmentId: o.departmentId, phase: plan.phase });
                return (
                  <li
                    key={o.id}
                    className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-2"
                    data-testid="response-item"
                  >
                    <div>
                      <p className="text-xs text-slate-600">
                        {t('opinion')}
                        {o.sectionId != null && sectionTitles.has(o.sectionId)
                          ? ` ・ ${t('section', { title: sectionTitles.get(o.sectionId)! })}`
                          : ''}
                      </p>
                      <p className="pl-4 -indent-4 leading-7">・{o.text}</p>
                    </div>
                    {writable ? (
                      <ResponseForm
                        opinionId={o.id}
                        label={`${t('response')}: ${o.text.slice(0, 20)}`}
                        initial={{ text: o.responseText ?? '', state: o.responseState ?? 'open', version: o.responseVersion ?? null }}
                      />
                    ) : (
                      <div className="text-sm">
                        <p className="font-medium">
                          {t('response')}：{t(`states.${o.responseState ?? 'open'}`)}
                        </p>
                        <p>{o.responseText}</p>
                      </div>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
