'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Link } from '@/components/ui/link';
import { useState, useTransition } from 'react';
import { changePassword } from '@/lib/actions/account';
import { Field } from '@/components/ui/field';

export function PasswordForm() {
  const t = useTranslations('account');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();

  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const current = String(f.get('current') ?? '');
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) return setError(t('mismatch'));
    setError(null);
    start(async () => {
      const r = await changePassword({ current, password });
      if (r.ok) return setDone(true);
      const reason = (r.detail as { reason?: string } | undefined)?.reason;
      const field = r.fieldErrors && Object.values(r.fieldErrors)[0]?.[0];
      setError(reason && t.has(`reasons.${reason}`) ? t(`reasons.${reason}`) : (field ?? r.message));
    });
  };

  if (done)
    return (
      <div className="space-y-3">
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
          data-testid="password-done"
        >
          {t('done')}
        </p>
        <Link href="/" className="ui-link">
          {t('continue')}
        </Link>
      </div>
    );

  const field = (name: string, label: string, autoComplete: string) => (
    <Field id={name} label={label}>
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
      />
    </Field>
  );

  return (
    <form onSubmit={submit} method="post" className="space-y-4" noValidate>
      {field('current', t('current'), 'current-password')}
      {field('password', t('password'), 'new-password')}
      {field('confirm', t('confirm'), 'new-password')}
      <p className="text-xs text-slate-600">{t('rules')}</p>
      {error && (
        <p role="alert" data-testid="password-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
