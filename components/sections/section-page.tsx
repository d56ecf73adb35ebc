import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { PriorOpinions } from '@/components/review/prior-opinions';
import { SectionWorkspace } from '@/components/sections/section-workspace';
import { formatDateTime } from '@/components/sections/time';
import { toWorkspaceIndicator } from '@/components/sections/types';
import { toWireText } from '@/lib/wire-text';
import { StatusBadge } from '@/components/ui/status-badge';
import { keptSectionIndicatorsForEntry } from '@/db/queries/actuals';
import { getAssessmentTarget, getSectionDetail, listRevisions } from '@/db/queries/assessments';
import { getOrganisation } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { DEFAULT_FIGURE_SENTENCES } from '@/lib/domain/figure-sentence';
import { narrativeTokensFor } from '@/db/queries/admin-organisation';
import type { Db } from '@/db/open';
import type { CurrentUser } from '@/lib/auth/session';
import type { PlanPhase } from '@/lib/domain/types';

type Props = {
  user: CurrentUser;
  plan: { id: number; phase: PlanPhase; startYear: number; endYear: number };
  /** The fiscal year whose figures are shown and entered (a mid-term plan has three). */
  year: number;
  db: Db;
  sectionId: string;
  backHref: string;
  /** Above the workspace: e.g. the mid-term plan's year switcher. */
  extra?: React.ReactNode;
};

/** A section of a plan: the report as it will read, the self-assessment and the figures of `year`. */
export async function SectionPageBody({ user, plan, year, db, sectionId: id, backHref, extra }: Props) {
  if (!/^\d+$/.test(id)) notFound();
  const section = getSectionDetail(db, plan.id, Number(id));
  const target = section && getAssessmentTarget(db, user.organisationId, section.id);
  if (!section || !target || !can(user, 'section.read', { departmentId: section.departmentId })) notFound();
  const t = await getTranslations('sectionPage');
  const policy = { phase: plan.phase, departmentId: section.departmentId, status: section.status ?? undefined };
  const readable = can(user, 'assessment.read', policy);
  const revisions = can(user, 'assessment.history', policy) ? listRevisions(db, section.id) : null;
  // Who last saved the text: the latest content revision, not the row's last writer (an approve is
  // admin's); the first of the history when it is read anyway.
  const lastSave = readable && section.assessmentId ? (revisions ?? listRevisions(db, section.id, 1))[0] : undefined;
  const allowed = {
    edit: can(user, 'assessment.edit', policy),
    submit: section.assessmentId !== null && can(user, 'assessment.submit', policy),
    review: can(user, 'assessment.review', policy),
    actuals: can(user, 'actuals.edit', policy),
  };
  const readOnlyReason =
    plan.phase === 'published'
      ? 'readOnlyPublished'
      : allowed.edit
        ? null
        : user.role === 'staff' && !user.departmentIds.includes(section.departmentId ?? -1)
          ? 'readOnlyOther'
          : section.status === 'submitted'
            ? 'readOnlySubmitted'
            : section.status === 'approved'
              ? 'readOnlyApproved'
              : 'readOnly';
  const indicators = keptSectionIndicatorsForEntry(db, plan.id, year, section.id);
  const tokens = narrativeTokensFor(db, user.organisationId)?.(plan) ?? null;
  return (
    <article className="space-y-4">
      <Link href={backHref} className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm text-slate-600">{section.departmentName}</p>
          <h1 className="text-2xl font-bold">
            {section.number && <span className="mr-2">{section.number}</span>}
            {section.title}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          {readable && <StatusBadge status={section.status} />}
          {lastSave?.author && (
            <span data-testid="last-saved">{t('lastSaved', { name: lastSave.author, time: formatDateTime(lastSave.createdAt) })}</span>
          )}
        </div>
      </header>
      {readable && section.status === 'returned' && section.returnComment && (
        <div
          role="note"
          aria-labelledby="return-h"
          className="rounded border-l-4 border-amber-500 bg-amber-50 p-3"
          data-testid="return-comment"
        >
          <h2 id="return-h" className="text-sm font-bold text-amber-950">
            {t('returned')}
          </h2>
          <p className="whitespace-pre-wrap text-sm">{section.returnComment}</p>
        </div>
      )}
      {readOnlyReason && (
        <p className="rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="read-only">
          {t(readOnlyReason)}
        </p>
      )}
      {extra}
      <SectionWorkspace
        // Remount only when editability changes (submit, approve, return), not on each autosave.
        key={`${section.status === 'submitted' || section.status === 'approved' ? section.status : 'open'}:${plan.phase}:${year}`}
        section={{ id: section.id, number: section.number, title: section.title }}
        assessment={{
          version: section.version ?? 0,
          narrative: readable ? (section.narrative ?? '') : '',
          rating: readable ? section.rating : null,
        }}
        indicators={toWireText(indicators.map(toWorkspaceIndicator))}
        ratingScale={target.ratingScale ?? null}
        tokens={tokens}
        revisions={revisions ?? []}
        can={allowed}
        sentences={getOrganisation(db, user.organisationId)?.figureSentences ?? DEFAULT_FIGURE_SENTENCES}
        fiscalYear={year}
      />
      <PriorOpinions sectionId={section.id} planId={plan.id} year={year} user={user} />
    </article>
  );
}
