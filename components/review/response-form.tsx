'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import { saveResponse } from '@/lib/actions/responses';

type State = 'open' | 'in_progress' | 'done';

export function ResponseForm({
  opinionId,
  initial,
  label,
}: {
  opinionId: number;
  initial: { text: string; state: State; version: number | null };
  label: string;
}) {
  const t = useTranslations('responses');
  const [text, setText] = useState(initial.text);
  const [state, setState] = useState<State>(initial.state);
  const [version, setVersion] = useState(initial.version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await saveResponse({ opinionId, version, text, state });
      if (!r.ok) return setMessage({ ok: false, text: r.message });
      setVersion(r.data.version);
      setMessage({ ok: true, text: t('saved') });
    });
  };
  const base = `response-${opinionId}`;
  return (
    <form onSubmit={submit} aria-label={label} className="space-y-2">
      <label htmlFor={`${base}-text`} className="block text-sm font-medium text-slate-700">
        {t('response')}
      </label>
      <textarea
        id={`${base}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
        className="w-full rounded border border-slate-300 px-3 py-2 leading-7"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${base}-state`} className="text-sm text-slate-700">
          {t('state')}
        </label>
        <select
          id={`${base}-state`}
          value={state}
          onChange={(e) => setState(e.target.value as State)}
          className="rounded border border-slate-300 px-2 py-1 text-sm"
        >
          {(['open', 'in_progress', 'done'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`states.${s}`)}
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {t('save')}
        </button>
        {message && (
          <span role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-800' : 'text-red-700'}`}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
