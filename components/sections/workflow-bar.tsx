'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import { approveAssessment, returnAssessment, submitAssessment } from '@/lib/actions/assessments';
import type { ActionResult } from '@/lib/actions/result';

const primary = 'rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60';
const secondary = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60';

/** 提出 for the owner; 承認 / 差戻し (with a comment) for admin on a submitted section. */
export function WorkflowBar(props: {
  sectionId: number;
  canSubmit: boolean;
  canReview: boolean;
  version: () => number;
  flush: () => Promise<boolean>;
  empty: boolean;
}) {
  const t = useTranslations('workflow');
  const [mode, setMode] = useState<'idle' | 'confirmSubmit' | 'return'>('idle');
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  if (!props.canSubmit && !props.canReview) return null;

  const run = (call: () => Promise<ActionResult<unknown>>, done: string) =>
    start(async () => {
      if (!(await props.flush())) return setMessage({ ok: false, text: t('needsSave') });
      const r = await call();
      if (r.ok) {
        setMessage({ ok: true, text: done });
        setMode('idle');
      } else setMessage({ ok: false, text: (r.detail as { reason?: string })?.reason === 'empty' ? t('emptyNarrative') : r.message });
    });

  const base = { sectionId: props.sectionId };
  return (
    <section aria-labelledby="workflow-h" className="space-y-2 rounded border border-slate-200 bg-white p-3">
      <h3 id="workflow-h" className="font-medium">
        {t('title')}
      </h3>
      {mode === 'idle' && (
        <div className="flex flex-wrap gap-2">
          {props.canSubmit && (
            <button type="button" className={primary} disabled={pending || props.empty} onClick={() => setMode('confirmSubmit')}>
              {t('submit')}
            </button>
          )}
          {props.canReview && (
            <button
              type="button"
              className={primary}
              disabled={pending}
              onClick={() => run(() => approveAssessment({ ...base, version: props.version() }), t('approved'))}
            >
              {t('approve')}
            </button>
          )}
          {props.canReview && (
            <button type="button" className={secondary} disabled={pending} onClick={() => setMode('return')}>
              {t('return')}
            </button>
          )}
        </div>
      )}
      {mode === 'confirmSubmit' && (
        <div className="space-y-2 rounded bg-slate-50 p-2">
          <p className="text-sm">{t('submitConfirm')}</p>
          <div className="flex gap-2">
            <button
              type="button"
              className={primary}
              disabled={pending}
              onClick={() => run(() => submitAssessment({ ...base, version: props.version() }), t('submitted'))}
            >
              {t('submit')}
            </button>
            <button type="button" className={secondary} onClick={() => setMode('idle')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'return' && (
        <div className="space-y-2">
          <label htmlFor="return-comment" className="block text-sm font-medium">
            {t('returnComment')}
          </label>
          <textarea
            id="return-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="w-full rounded border border-slate-300 p-2 text-sm"
          />
          <div className="flex gap-2">
            <button
              type="button"
              className={primary}
              disabled={pending || !comment.trim()}
              onClick={() => run(() => returnAssessment({ ...base, version: props.version(), comment }), t('returnedDone'))}
            >
              {t('returnSend')}
            </button>
            <button type="button" className={secondary} onClick={() => setMode('idle')}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={`text-sm ${message?.ok ? 'text-emerald-800' : 'text-red-800'}`} data-testid="workflow-status">
        {message?.text}
      </p>
    </section>
  );
}
