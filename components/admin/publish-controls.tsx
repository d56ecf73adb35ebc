'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { publishYear, unlockYear } from '@/lib/actions/publish';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
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
        <ConfirmDialog
          id="publish"
          title={t('confirmTitle')}
          description={`${unfinished.sections || unfinished.opinions ? t('confirmUnfinished', unfinished) : t('confirmClean')} ${t('confirmLock')}`}
          confirmLabel={contradictions > 0 ? tg('overrideConfirm') : t('confirm')}
          cancelLabel={t('cancel')}
          pending={pending}
          onConfirm={() =>
            run(() => publishYear(contradictions > 0 ? { planId, override } : { planId }), {
              ok: () => setAsking(false),
              doneMessage: t('published'),
            })
          }
          onCancel={() => setAsking(false)}
        >
          {contradictions > 0 && (
            <div className="mt-2 space-y-2">
              <p className="text-sm text-amber-950">{tg('found', { n: contradictions })}</p>
              <Field id="publish-override" label={tg('overrideLabel')} hint={tg('overrideHelp')} error={error?.fields.override?.join(' ')}>
                <textarea value={override} onChange={(e) => setOverride(e.target.value)} className={inputClass} rows={2} />
              </Field>
            </div>
          )}
        </ConfirmDialog>
      )}
      <RunStatus error={error} done={done} />
    </div>
  );
}
