'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { fiscalYearLabel } from '@/lib/domain/era';

type Detail = { reason?: string; parse?: string; field?: string; label?: string; year?: number; problems?: string[] } | undefined;

/**
 * Runs an admin action and turns a refusal into one clear message. Every admin action revalidates
 * on success, so its answer already carries the page rendered anew (docs/CONVENTIONS.md): no
 * refresh after it.
 */
export function useRun() {
  const t = useTranslations('admin.errors');
  const tp = useTranslations('admin.parse');
  const [pending, start] = useTransition();
  const [error, setError] = useState<{ message: string; fields: Record<string, string[]>; reason?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  function explain<T>(result: Extract<ActionResult<T>, { ok: false }>) {
    const detail = result.detail as Detail;
    let message = result.message;
    if (detail?.parse && tp.has(detail.parse))
      message =
        detail.label && detail.year
          ? `${t('valueAt', { label: detail.label, year: fiscalYearLabel(detail.year, 'both') })} ${tp(detail.parse)}`
          : `${t('planValue')} ${tp(detail.parse)}`;
    else if (detail?.reason && t.has(detail.reason)) message = t(detail.reason);
    // A template file's problems are listed one by one, each saying where it is.
    const fields = detail?.problems ? { ...result.fieldErrors, file: detail.problems } : (result.fieldErrors ?? {});
    return { message, fields, reason: detail?.reason };
  }

  function run<T>(
    call: () => Promise<ActionResult<T>>,
    opts: { ok?: (data: T) => void; doneMessage?: string; onFail?: (reason: string | undefined) => boolean } = {},
  ) {
    setError(null);
    setDone(null);
    start(async () => {
      const result = await call();
      if (result.ok) {
        opts.ok?.(result.data);
        if (opts.doneMessage) setDone(opts.doneMessage);
      } else {
        const e = explain(result);
        if (opts.onFail?.(e.reason)) return;
        setError(e);
      }
    });
  }
  return {
    run,
    pending,
    error,
    done,
    clear: () => {
      setError(null);
      setDone(null);
    },
  };
}

/** The outcome line under a form: errors as an alert, successes as a polite status. */
export function RunStatus({ error, done }: { error: { message: string; fields: Record<string, string[]> } | null; done?: string | null }) {
  const t = useTranslations('admin.fields');
  return (
    <>
      {error && (
        <div role="alert" data-testid="admin-error" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{error.message}</p>
          {Object.keys(error.fields).length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(error.fields).map(([field, msgs]) => (
                <li key={field}>
                  {t.has(field.split('.')[0]!) ? t(field.split('.')[0]!) : field}: {msgs.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p role="status" className="mt-2 text-sm text-emerald-800">
        {done}
      </p>
    </>
  );
}

export const inputClass = 'mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm disabled:bg-slate-100';
export const buttonClass = 'rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60';
export const secondaryButtonClass =
  'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50';
export const iconButtonClass =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-40';
