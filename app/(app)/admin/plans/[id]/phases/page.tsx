import { getTranslations } from '@/lib/i18n/get-translations';
import { ConsistencyGate } from '@/components/admin/consistency-gate';
import { PhaseControls } from '@/components/admin/phase-controls';
import { ReminderPanel } from '@/components/notifications/reminder-panel';
import { UnfilledTokensNote } from '@/components/report/unfilled-tokens-note';
import { unfinishedSummary } from '@/db/queries/admin-phases';
import { listOwing } from '@/db/queries/owing';
import { can } from '@/lib/auth/policy';
import { checkYearNarratives, unfilledTokensOfPlan } from '@/lib/report/narrative-check';
import { loadAdminPlan } from '../load';
import { Card } from '@/components/ui/card';

const PHASES = ['planning', 'entry', 'review', 'published'] as const;

export default async function AdminPhasesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, plan, db } = await loadAdminPlan(id);
  const [t, tp, ts] = await Promise.all([getTranslations('admin.phases'), getTranslations('phases'), getTranslations('status')]);
  const summary = unfinishedSummary(db, plan.id);
  const current = PHASES.indexOf(plan.phase);
  // The publish gate's check, shown before the admin asks to publish.
  const gate = plan.phase === 'review' ? checkYearNarratives(db, plan.id, plan.endYear) : null;
  // Tokens with nothing to stand for would print as written: said before publishing, not refused.
  const unfilled = plan.phase === 'review' ? unfilledTokensOfPlan(db, user.organisationId, plan) : [];
  return (
    <div className="space-y-6">
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label={t('steps')}>
        {PHASES.map((p, i) => (
          <li
            key={p}
            aria-current={i === current ? 'step' : undefined}
            className={`rounded border px-3 py-2 text-sm ${i === current ? 'border-brand-600 bg-brand-50 font-semibold text-brand-900' : i < current ? 'border-slate-200 bg-slate-100 text-slate-700' : 'border-slate-200 bg-white text-slate-700'}`}
          >
            <span className="mr-1 tabular-nums">{i + 1}.</span>
            {tp(p)}
            {i < current ? ` (${t('done')})` : ''}
          </li>
        ))}
      </ol>
      <Card id="unfinished" title={t('unfinished')}>
        <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">{t('notApproved')}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="not-approved-count">
              {summary.notApprovedCount} / {summary.total}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('draftOpinions')}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="draft-opinions-count">
              {summary.draftOpinions}
            </dd>
          </div>
          {summary.byStatus.map((s) => (
            <div key={s.status}>
              <dt className="text-slate-600">{ts(s.status)}</dt>
              <dd className="tabular-nums">{s.n}</dd>
            </div>
          ))}
        </dl>
        {summary.notApproved.length > 0 && (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-brand-700">{t('showList', { n: summary.notApprovedCount })}</summary>
            <ul className="mt-2 list-disc pl-5">
              {summary.notApproved.map((s) => (
                <li key={s.id}>
                  {s.number ? `${s.number} ` : ''}
                  {s.title}（{s.departmentName ?? '―'}・{ts(s.status)}）
                </li>
              ))}
            </ul>
          </details>
        )}
      </Card>
      {(plan.phase === 'entry' || plan.phase === 'review') && can(user, 'reminder.send') && (
        <ReminderPanel
          planId={plan.id}
          phase={plan.phase}
          owing={listOwing(db, { id: plan.id, phase: plan.phase, organisationId: user.organisationId })}
        />
      )}
      {gate && <ConsistencyGate check={gate} />}
      <UnfilledTokensNote tokens={unfilled} />
      <PhaseControls
        planId={plan.id}
        phase={plan.phase}
        unfinished={{ sections: summary.notApprovedCount, opinions: summary.draftOpinions }}
        contradictions={gate?.contradictions.length ?? 0}
      />
    </div>
  );
}
