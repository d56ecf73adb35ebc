'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import { sendReminder } from '@/lib/actions/reminders';
import { Card } from '@/components/ui/card';

export type OwingRow = { userId: number; displayName: string; items: number };

/** Preview of who still owes work, then one click to remind them all. */
export function ReminderPanel({ planId, owing, phase }: { planId: number; owing: OwingRow[]; phase: 'entry' | 'review' }) {
  const t = useTranslations('reminders');
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const send = () =>
    start(async () => {
      const r = await sendReminder({ planId, recipients: owing.map((o) => o.userId) });
      setMessage(r.ok ? { ok: true, text: t('sent', { count: r.data.sent }) } : { ok: false, text: r.message });
    });
  return (
    <Card id="reminder" title={t('title')}>
      {owing.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t('nobody')}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-700">{t('preview', { count: owing.length })}</p>
          <ul className="mt-2 list-disc pl-5 text-sm" data-testid="reminder-recipients">
            {owing.map((o) => (
              <li key={o.userId}>{t(phase === 'entry' ? 'itemEntry' : 'itemReview', { name: o.displayName, items: o.items })}</li>
            ))}
          </ul>
          <div className="mt-3 flex items-center gap-3">
            <button
              type="button"
              onClick={send}
              disabled={pending}
              className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700 disabled:opacity-50"
            >
              {t('send', { count: owing.length })}
            </button>
            <span role="status" className={`text-sm ${message?.ok ? 'text-green-800' : 'text-red-700'}`}>
              {message?.text}
            </span>
          </div>
        </>
      )}
    </Card>
  );
}
