'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { publishYear, unlockYear } from '@/lib/actions/publish';
import { buttonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

/** review → published goes through publishYear (issue 6: it also stores the official PDF); a published year can be unlocked with a reason. */
export function PublishControls({
  planId,
  phase,
  unfinished,
  contradictions = 0,
}: {
  planId: number;
  phase: 'review' | 'published';
  unfinished: { sections: number; opinions: number };
  contradictions?: number;
}) {
  const t = useTranslations('admin.publish');
  const tg = useTranslations('publishGate');
  const [override, setOverride] = useState('');
  const { run, pending, error, done } = useRun();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');

  if (phase === 'published') {
    return (
      <form
        className="space-y-2 rounded border border-slate-200 bg-white p-4"
        aria-labelledby="unlock-h"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(() => unlockYear({ planId, reason }), { doneMessage: t('unlocked'), ok: () => setReason('') });
        }}
      >
        <h3 id="unlock-h" className="font-semibold">
          {t('unlockTitle')}
        </h3>
        <p className="text-sm text-slate-700">{t('unlockHelp')}</p>
        <label htmlFor="unlock-reason" className="block text-sm text-slate-700">
          {t('reason')}
        </label>
        <textarea id="unlock-reason" value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} rows={2} />
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {t('unlock')}
        </button>
        <RunStatus error={error} done={done} />
      </form>
    );
  }
  return (
    <div className="space-y-2">
      <button type="button" className={buttonClass} disabled={pending} onClick={() => setAsking(true)}>
        {t('publish')}
      </button>
      {asking && (
        <div
          role="alertdialog"
          aria-labelledby="publish-h"
          aria-describedby="publish-d"
          className="rounded border border-amber-400 bg-amber-50 p-4"
        >
          <h3 id="publish-h" className="font-semibold text-amber-950">
            {t('confirmTitle')}
          </h3>
          <p id="publish-d" className="mt-1 text-sm text-amber-950">
            {unfinished.sections || unfinished.opinions ? t('confirmUnfinished', unfinished) : t('confirmClean')} {t('confirmLock')}
          </p>
          {contradictions > 0 && (
            <div className="mt-2">
              <p className="text-sm text-amber-950">{tg('found', { n: contradictions })}</p>
              <label htmlFor="publish-override" className="mt-2 block text-sm font-medium text-amber-950">
                {tg('overrideLabel')}
              </label>
              <textarea
                id="publish-override"
                value={override}
                onChange={(e) => setOverride(e.target.value)}
                className={inputClass}
                rows={2}
                aria-describedby="publish-override-help"
              />
              <p id="publish-override-help" className="text-xs text-amber-950">
                {tg('overrideHelp')}
              </p>
            </div>
          )}
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              autoFocus
              className={buttonClass}
              disabled={pending}
              onClick={() =>
                run(() => publishYear(contradictions > 0 ? { planId, override } : { planId }), {
                  ok: () => setAsking(false),
                  doneMessage: t('published'),
                })
              }
            >
              {contradictions > 0 ? tg('overrideConfirm') : t('confirm')}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <RunStatus error={error} done={done} />
    </div>
  );
}
