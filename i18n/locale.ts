export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = 'hyoka-locale';

/** Japanese unless the user chose English. */
export function resolveLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : 'ja';
}
