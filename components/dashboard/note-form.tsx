'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import { addNote, deleteNote } from '@/lib/actions/notes';
import { FISCAL_MONTHS } from '@/lib/domain/fiscal-year';

/** Adds a short "why up / why down" note to a month or the whole year of an indicator. */
export function NoteForm({ indicatorId, fiscalYear }: { indicatorId: number; fiscalYear: number }) {
  const t = useTranslations('dashboard');
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [text, setText] = useState('');
  const [month, setMonth] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const res = await addNote({ indicatorId, fiscalYear, month: month ? Number(month) : null, text });
      if (res.ok) {
        setText('');
        setMessage({ ok: true, text: t('notes.saved') });
      } else {
        setMessage({ ok: false, text: [res.message, ...Object.values(res.fieldErrors ?? {}).flat()].join(' ') });
      }
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="note-form-h">
      <h3 id="note-form-h" className="font-semibold">
        {t('notes.add')}
      </h3>
      <div className="flex flex-wrap gap-3">
        <label className="text-sm">
          <span className="block text-slate-600">{t('notes.when')}</span>
          <select value={month} onChange={(e) => setMonth(e.target.value)} className="rounded border border-slate-300 px-2 py-1">
            <option value="">{t('notes.year')}</option>
            {FISCAL_MONTHS.map((m) => (
              <option key={m} value={m}>
                {t('monthly.monthLabel', { month: m })}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-64 flex-1 text-sm">
          <span className="block text-slate-600">{t('notes.text')}</span>
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={200}
            required
            className="w-full rounded border border-slate-300 px-2 py-1"
          />
        </label>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-600 px-3 py-1 text-sm text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t('notes.saving') : t('notes.save')}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-800' : 'text-red-800'}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}

export function DeleteNoteButton({ noteId }: { noteId: number }) {
  const t = useTranslations('dashboard.notes');
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        className="text-xs text-red-800 underline"
        onClick={() =>
          start(async () => {
            const res = await deleteNote({ noteId });
            if (!res.ok) setError(res.message);
          })
        }
      >
        {t('delete')}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </>
  );
}
