'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { changePhase } from '@/lib/actions/admin-phases';
import type { PlanPhase } from '@/lib/domain/types';
import { PublishControls } from './publish-controls';
import { buttonClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

type Step = 'planning' | 'entry' | 'review';
const NEXT: Partial<Record<PlanPhase, Step>> = { planning: 'entry', entry: 'review' };
const BACK: Partial<Record<PlanPhase, Step>> = { entry: 'planning', review: 'entry' };

/** Moving the year on is explicit: the summary of what is unfinished, then a confirmation. */
export function PhaseControls({
  planId,
  phase,
  unfinished,
  contradictions = 0,
}: {
  planId: number;
  phase: PlanPhase;
  unfinished: { sections: number; opinions: number };
  /** Narrative figures that contradict the data: publishing then needs a stated reason. */
  contradictions?: number;
}) {
  const t = useTranslations('admin.phases');
  const tp = useTranslations('phases');
  const { run, pending, error, done } = useRun();
  const [asking, setAsking] = useState<Step | null>(null);
  const next = NEXT[phase];
  const back = BACK[phase];

  const confirm = (to: Step) =>
    run(() => changePhase({ planId, from: phase as Step, to, confirmed: true }), {
      ok: () => setAsking(null),
      doneMessage: t('moved', { phase: tp(to) }),
    });

  return (
    <section aria-labelledby="phase-actions-h" className="space-y-3">
      <h2 id="phase-actions-h" className="text-lg font-semibold">
        {t('actions')}
      </h2>
      <div className="flex flex-wrap gap-2">
        {next && (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => setAsking(next)}>
            {t('moveTo', { phase: tp(next) })}
          </button>
        )}
        {back && (
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => setAsking(back)}>
            {t('backTo', { phase: tp(back) })}
          </button>
        )}
      </div>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="phase-confirm-h"
          aria-describedby="phase-confirm-d"
          className="rounded border border-amber-400 bg-amber-50 p-4"
        >
          <h3 id="phase-confirm-h" className="font-semibold text-amber-950">
            {t('confirmTitle', { from: tp(phase), to: tp(asking) })}
          </h3>
          <p id="phase-confirm-d" className="mt-1 text-sm text-amber-950">
            {unfinished.sections || unfinished.opinions
              ? t('confirmUnfinished', { sections: unfinished.sections, opinions: unfinished.opinions })
              : t('confirmClean')}
          </p>
          <div className="mt-3 flex gap-2">
            <button type="button" autoFocus className={buttonClass} disabled={pending} onClick={() => confirm(asking)}>
              {t('confirm')}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setAsking(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <RunStatus error={error} done={done} />
      {(phase === 'review' || phase === 'published') && (
        <PublishControls planId={planId} phase={phase} unfinished={unfinished} contradictions={contradictions} />
      )}
    </section>
  );
}
