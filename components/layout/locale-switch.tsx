'use client';
import { useLocale } from 'next-intl';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES, type Locale } from '@/i18n/locale';

/** Stores the choice in a cookie for a year; the server renders in that language from then on. */
export function LocaleSwitch() {
  const t = useTranslations('locale');
  const current = useLocale();
  const router = useRouter();
  const choose = (locale: Locale) => {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  };
  return (
    <div role="group" aria-label={t('label')} className="flex gap-1 text-sm">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          onClick={() => choose(l)}
          aria-pressed={current === l}
          className={`whitespace-nowrap rounded px-2 py-1 ${current === l ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-200'}`}
        >
          {t(l)}
        </button>
      ))}
    </div>
  );
}
