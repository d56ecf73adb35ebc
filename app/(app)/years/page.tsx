import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { listAdminNames } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/session';
import { homePath } from '@/lib/home';

export const dynamic = 'force-dynamic';

/**
 * Where a role lands when it has no year to open (a new install before the administrator's first
 * plan, or a committee member before any year reaches the committee): it says what happens next
 * and whom to ask, instead of a 404. Once a year exists, this address leads to the role's home.
 */
export default async function NoYearPage() {
  const user = await requireUser();
  const db = getDb();
  const home = homePath(db, user);
  if (home !== '/years') redirect(home);
  const t = await getTranslations('noYear');
  const admins = listAdminNames(db, user.organisationId);
  const who = user.role === 'committee' ? 'committee' : 'member';
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-12">
      <h1 className="text-2xl font-bold" data-testid="no-year">
        {t(`${who}Title`)}
      </h1>
      <p className="text-slate-800">{t(`${who}Body`)}</p>
      <p className="rounded border border-slate-200 bg-white p-4 text-slate-800">
        {admins.length > 0 ? t('contact', { names: admins.join('、') }) : t('contactNone')}
      </p>
      <p className="text-sm text-slate-700">
        {t('meanwhile')}{' '}
        <Link href="/account/password" className="text-brand-700 underline">
          {t('account')}
        </Link>
      </p>
    </main>
  );
}
