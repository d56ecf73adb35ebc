import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { MarkReadButton } from '@/components/review/mark-read-button';
import { NarrativeDiff } from '@/components/review/narrative-diff';
import { OpinionEditor } from '@/components/review/opinion-editor';
import { PriorOpinions } from '@/components/review/prior-opinions';
import { Badge } from '@/components/ui/badge';
import { StatusBadgeOf } from '@/components/ui/status-badge';
import { Table, TD, TH, TR } from '@/components/ui/table';
import { narrativeTokensFor } from '@/db/queries/admin-organisation';
import { keptSectionIndicatorsWithValues } from '@/db/queries/indicators';
import { listOpinions, listReadNarratives, listReviewDepartments, listReviewMaterial, listSectionReads } from '@/db/queries/opinions';
import { can } from '@/lib/auth/policy';
import { expandTokens } from '@/lib/domain/tokens';
import { requirePage } from '@/lib/auth/require';
import { loadYear } from '@/lib/year';
import { Card } from '@/components/ui/card';
import { Empty } from '@/components/ui/empty';

/** One department: its submitted material, the member's opinion editor and the others' final opinions. */
export default async function ReviewDepartmentPage({ params }: { params: Promise<{ year: string; deptId: string }> }) {
  const { year: yearParam, deptId } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  await requirePage('review.read');
  if (!/^\d+$/.test(deptId)) notFound();
  const dept = listReviewDepartments(db, plan.id).find((d) => d.id === Number(deptId));
  if (!dept) notFound();
  const [t, tr, ts] = await Promise.all([getTranslations('reviewDept'), getTranslations('review'), getTranslations('status')]);
  const isMember = user.role === 'committee';
  const material = listReviewMaterial(db, plan.id, user, { departmentId: dept.id }).filter(
    (s) =>
      (s.status === 'submitted' || s.status === 'approved') && can(user, 'assessment.read', { status: s.status, departmentId: dept.id }),
  );
  const reads = new Map(isMember ? listSectionReads(db, plan.id, user.id).map((r) => [r.sectionId, r.version]) : []);
  // The material reads as the report will print it: {{organisation}}, {{committee}} … filled in.
  const tokens = narrativeTokensFor(db, user.organisationId)?.(plan) ?? null;
  const asPrinted = (text: string | null | undefined) => (tokens ? expandTokens(text ?? '', tokens) : (text ?? ''));
  const changed = material.filter((s) => reads.has(s.id) && reads.get(s.id)! < (s.version ?? 0));
  const before = listReadNarratives(
    db,
    plan.id,
    changed.map((s) => ({ sectionId: s.id, version: reads.get(s.id)! })),
  );
  const unreadItems = isMember
    ? material.filter((s) => s.version != null && reads.get(s.id) !== s.version).map((s) => ({ sectionId: s.id, version: s.version! }))
    : [];
  // Only the material's indicators (and their ratio parts) are read, not the whole plan's.
  const figures = keptSectionIndicatorsWithValues(
    db,
    plan.id,
    year,
    material.map((s) => s.id),
  );
  const opinions = listOpinions(db, plan.id, user, { departmentId: dept.id, independentReview: plan.independentReview }).filter((o) =>
    can(user, 'opinion.read', { opinionStatus: o.status, authorId: o.authorId, departmentId: o.departmentId }),
  );
  const mine = opinions.filter((o) => o.authorId === user.id);
  const others = opinions.filter((o) => o.authorId !== user.id && o.status === 'final');
  const hidden = isMember && plan.independentReview && !mine.some((o) => o.status === 'final');
  const writable = can(user, 'opinion.write', { phase: plan.phase });
  const targets = [
    { id: null, label: t('whole') },
    ...material.map((s) => ({ id: s.id, label: `${s.number ? `${s.number} ` : ''}${s.title}` })),
  ];
  const titleOf = (sectionId: number | null) => targets.find((x) => x.id === sectionId)?.label ?? t('whole');

  return (
    <div className="space-y-6">
      <nav aria-label={t('back')}>
        <Link href={`/years/${year}/review`} className="text-sm text-brand-700 underline">
          ← {t('back')}
        </Link>
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{dept.name}</h1>
        <MarkReadButton planId={plan.id} items={unreadItems} label={t('markAllRead')} />
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="material-h" className="space-y-4">
          <h2 id="material-h" className="text-lg font-semibold">
            {t('material')}
          </h2>
          {material.length === 0 && <Empty className="text-sm">{tr('noMaterial')}</Empty>}
          {material.map((s) => {
            const read = reads.get(s.id);
            const mark = !isMember ? null : read === undefined ? 'unread' : read < (s.version ?? 0) ? 'changed' : null;
            const keyFigures = figures.get(s.id) ?? [];
            const prev = before.get(s.id);
            return (
              <article
                key={s.id}
                id={`section-${s.id}`}
                aria-labelledby={`sec-h-${s.id}`}
                className="scroll-mt-4 rounded border border-slate-200 bg-white p-4"
                data-testid="review-section"
              >
                <header className="flex flex-wrap items-start justify-between gap-2">
                  <h3 id={`sec-h-${s.id}`} className="font-semibold">
                    {s.number && <span className="mr-1">{s.number}</span>}
                    {s.title}
                  </h3>
                  <span className="flex items-center gap-1">
                    {mark && <Badge tone={mark === 'changed' ? 'warning' : 'neutral'}>{tr(mark)}</Badge>}
                    <StatusBadgeOf status={s.status} t={ts} />
                  </span>
                </header>
                {keyFigures.length > 0 && (
                  <Table dense frameClassName="mt-2">
                    <caption className="sr-only">{tr('keyFigures')}</caption>
                    <tbody>
                      {keyFigures.map((f) => (
                        <TR key={f.id}>
                          <TH scope="row">{f.name}</TH>
                          <TD numeric>{f.fig.text.actual}</TD>
                          <TD numeric className="text-slate-700">
                            {tr('planRatio')} {f.fig.text.planRatio}
                          </TD>
                        </TR>
                      ))}
                    </tbody>
                  </Table>
                )}
                <div className="mt-3 space-y-2 leading-7">
                  {asPrinted(s.narrative)
                    .split(/\n{2,}/)
                    .filter(Boolean)
                    .map((p, i) => (
                      <p key={i} className="indent-4">
                        {p}
                      </p>
                    ))}
                </div>
                {prev !== undefined && mark === 'changed' && (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm text-brand-700">{t('showDiff')}</summary>
                    <NarrativeDiff before={asPrinted(prev)} after={asPrinted(s.narrative)} legend={t('diffLegend')} />
                  </details>
                )}
                {mark && s.version != null && (
                  <div className="mt-2">
                    <MarkReadButton planId={plan.id} items={[{ sectionId: s.id, version: s.version }]} label={t('markRead')} />
                  </div>
                )}
              </article>
            );
          })}
          <PriorOpinions departmentId={dept.id} year={year} user={user} organisationId={user.organisationId} />
        </section>
        <div className="space-y-6">
          {isMember && (
            <OpinionEditor
              planId={plan.id}
              departmentId={dept.id}
              targets={targets}
              writable={writable}
              items={mine.map((o) => ({ id: o.id, sectionId: o.sectionId, text: o.text, status: o.status, version: o.version }))}
            />
          )}
          <Card id="others" title={t('othersTitle')}>
            {hidden ? (
              <p className="text-sm text-slate-700">{t('othersHidden')}</p>
            ) : others.length === 0 ? (
              <p className="text-sm text-slate-600">{t('othersNone')}</p>
            ) : (
              <ul className="space-y-3" data-testid="others-opinions">
                {others.map((o) => (
                  <li key={o.id}>
                    <p className="text-xs text-slate-600">
                      {o.authorName} ・ {titleOf(o.sectionId)}
                    </p>
                    <p className="pl-4 -indent-4 leading-7">・{o.text}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
