import { getTranslations } from '@/lib/i18n/get-translations';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { getDb } from '@/db/client';
import { getFirstOrganisation } from '@/db/queries/plans';
import { DEMO_ACCOUNTS } from '@/db/seed/demo-accounts';
import { getCurrentUser } from '@/lib/auth/session';
import { showDemoAccounts } from '@/lib/demo';

export const dynamic = 'force-dynamic';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentUser()) redirect('/');
  const [{ next }, t, tr, ta, ts] = await Promise.all([
    searchParams,
    getTranslations('login'),
    getTranslations('roles'),
    getTranslations('app'),
    getTranslations('setup'),
  ]);
  const org = getFirstOrganisation(getDb());
  const demoAccounts = showDemoAccounts(org)
    ? DEMO_ACCOUNTS.map((a) => ({ loginId: a.loginId, label: `${tr(a.role)}・${a.displayName}` }))
    : null;
  return (
    <main className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-10">
      <div className="mb-6 flex items-center justify-between">
        <div>
          <p className="text-2xl font-bold text-brand-900">{ta('name')}</p>
          <p className="text-sm text-slate-600">
            {org?.shortName || org?.name || ''} {ta('tagline')}
          </p>
        </div>
        <LocaleSwitch />
      </div>
      {!org && (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900" data-testid="not-set-up">
          <p>{ts('notSetUp')}</p>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 text-xs">{ts('command')}</code>
        </div>
      )}
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
        <LoginForm next={next} demoAccounts={demoAccounts} />
      </div>
    </main>
  );
}
