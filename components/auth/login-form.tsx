'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useActionState, useRef } from 'react';
import { login } from '@/lib/actions/auth';
import { Field } from '@/components/ui/field';

export type DemoAccount = { loginId: string; label: string };

export function LoginForm({ next, demoAccounts }: { next?: string; demoAccounts: DemoAccount[] | null }) {
  const t = useTranslations('login');
  // A server action as the form's action: the form posts (never a GET with the password in the
  // URL) even before this script has run; with it, the same action runs without a page load.
  const [state, formAction, pending] = useActionState(login, null);
  const error = state && !state.ok ? state.message : null;
  const form = useRef<HTMLFormElement>(null);

  const fillDemo = (loginId: string) => {
    const f = form.current;
    if (!f) return;
    (f.elements.namedItem('loginId') as HTMLInputElement).value = loginId;
    (f.elements.namedItem('password') as HTMLInputElement).value = 'hyoka-demo-2024';
  };

  return (
    <div className="space-y-6">
      <form ref={form} action={formAction} method="post" className="space-y-4" noValidate>
        <input type="hidden" name="next" value={next ?? ''} />
        <Field id="loginId" label={t('loginId')}>
          <input name="loginId" autoComplete="username" required className="mt-1 w-full rounded border border-slate-300 px-3 py-2" />
        </Field>
        <Field id="password" label={t('password')}>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          />
        </Field>
        {error && (
          <p role="alert" data-testid="login-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
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
      {demoAccounts && (
        <section aria-labelledby="demo-title" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="demo-title" className="font-semibold text-amber-900">
            {t('demoTitle')}
          </h2>
          <p className="mt-1 text-amber-900">{t('demoNote', { password: 'hyoka-demo-2024' })}</p>
          <ul className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
            {demoAccounts.map((a) => (
              <li key={a.loginId}>
                <button
                  type="button"
                  className="w-full rounded px-2 py-1 text-left hover:bg-amber-100"
                  title={t('demoUse', { login: a.loginId })}
                  onClick={() => fillDemo(a.loginId)}
                >
                  <code className="font-mono text-amber-950">{a.loginId}</code>
                  <span className="ml-2 text-amber-800">{a.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
