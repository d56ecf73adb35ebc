import { getTranslations } from '@/lib/i18n/get-translations';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/auth/password-form';
import { getCurrentUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** The user's own password; where requireUser sends someone whose password admin has reset. */
export default async function PasswordPage() {
  // Not requireUser(): it sends a user who must change their password here.
  const user = await getCurrentUser();
  if (!user) redirect('/login?next=/account/password');
  const t = await getTranslations('account');
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-lg flex-col justify-center px-4 py-10">
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-2 text-xl font-semibold">{t('title')}</h1>
        {user.mustChangePassword && (
          <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="must-change">
            {t('mustChange')}
          </p>
        )}
        <PasswordForm />
      </div>
    </main>
  );
}
