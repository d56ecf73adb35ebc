'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState, useTransition } from 'react';
import type { MailMode } from '@/db/schema/notify';
import { saveMailSettings } from '@/lib/actions/notifications';
import { Field } from '@/components/ui/field';

export function SettingsForm({ initial }: { initial: { email: string; mode: MailMode; version: number } }) {
  const t = useTranslations('notifications.settings');
  const [email, setEmail] = useState(initial.email);
  const [mode, setMode] = useState<MailMode>(initial.mode);
  const [version, setVersion] = useState(initial.version);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (mode !== 'off' && email.trim() === '') return setMessage({ ok: false, text: t('emailRequired') });
    start(async () => {
      const r = await saveMailSettings({ version, email: email.trim(), mode });
      if (r.ok) {
        setVersion(r.data.version);
        setMessage({ ok: true, text: t('saved') });
      } else setMessage({ ok: false, text: r.fieldErrors?.email ? t('emailInvalid') : r.message });
    });
  };
  const modes: MailMode[] = ['off', 'each', 'digest'];
  const label = { off: t('modeOff'), each: t('modeEach'), digest: t('modeDigest') };
  return (
    <form onSubmit={submit} className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <Field id="mail-email" label={t('email')}>
        <input
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          className="mt-1 w-full max-w-md rounded border border-slate-300 px-2 py-1.5"
        />
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t('mode')}</legend>
        {modes.map((m) => (
          <label key={m} className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {label[m]}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {t('save')}
        </button>
        <span role="status" className={`text-sm ${message?.ok ? 'text-green-800' : 'text-red-700'}`}>
          {message?.text}
        </span>
      </div>
    </form>
  );
}
