import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { LogoutButton } from '@/components/layout/logout-button';
import { Bell } from '@/components/notifications/bell';
import { getDb } from '@/db/client';
import { countUnread } from '@/db/queries/notifications';
import { getOrganisation } from '@/db/queries/plans';
import { requireUser } from '@/lib/auth/session';
import { readableMidtermPlans } from '@/lib/year';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, tr, tn, ts, ta, tm] = await Promise.all([
    getTranslations('app'),
    getTranslations('roles'),
    getTranslations('nav'),
    getTranslations('search'),
    getTranslations('account'),
    getTranslations('midterm'),
  ]);
  const org = getOrganisation(getDb(), user.organisationId);
  const unread = countUnread(getDb(), user.id);
  // Mid-term plans have their own pages, reachable without an annual plan of their years (for
  // the committee, once one is in review).
  const hasMidterm = readableMidtermPlans(getDb(), user).length > 0;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        {t('skip')}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="flex flex-wrap items-baseline gap-x-2">
            <span className="whitespace-nowrap text-lg font-bold text-brand-900">{t('name')}</span>
            <span className="text-sm text-slate-600">
              {org?.shortName || org?.name} {t('tagline')}
            </span>
          </Link>
          {/*
            On a phone the account's links fold behind 「メニュー」 (a checkbox and its label: no
            script needed), with the unread count beside it; from sm up they are always shown.
            The items wrap as wholes: never 「ログアウ/ト」 or 「日/本/語」.
          */}
          <input id="account-menu" type="checkbox" className="peer sr-only sm:hidden" />
          <label
            htmlFor="account-menu"
            className="ui-navlink cursor-pointer select-none peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600 sm:hidden"
            data-testid="account-menu"
          >
            {t('menu')}
            {unread > 0 && <span className="ml-1 rounded-full bg-red-600 px-1.5 text-xs text-white">{unread}</span>}
          </label>
          <div className="hidden w-full flex-wrap items-center gap-x-3 gap-y-1 peer-checked:flex sm:flex sm:w-auto">
            <span className="whitespace-nowrap text-sm text-slate-700" data-testid="current-user">
              {user.displayName}（{tr(user.role)}）
            </span>
            {hasMidterm && (
              <Link href="/midterm" className="ui-navlink">
                {tm('navLink')}
              </Link>
            )}
            {user.role === 'admin' && (
              <Link href="/admin" className="ui-navlink">
                {tn('admin')}
              </Link>
            )}
            <Link href="/search" className="ui-navlink">
              {ts('headerLink')}
            </Link>
            <Bell unread={unread} />
            <Link href="/account/password" className="ui-navlink">
              {ta('link')}
            </Link>
            <LocaleSwitch />
            <LogoutButton />
          </div>
        </div>
      </header>
      {children}
    </div>
  );
}
