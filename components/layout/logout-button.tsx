'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useTransition } from 'react';
import { logout } from '@/lib/actions/auth';

export function LogoutButton() {
  const t = useTranslations('nav');
  const [pending, start] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        start(async () => {
          const r = await logout({});
          if (r && !r.ok) window.location.assign('/login');
        })
      }
      className="whitespace-nowrap rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-200"
    >
      {t('logout')}
    </button>
  );
}
