// next-intl's useTranslations, with the texts of repeated calls kept (lib/i18n/memo-translator.ts).
// Import it from here, in server and client components alike.
import { useLocale, useTranslations as useNextIntlTranslations } from 'next-intl';
import { useMemo } from 'react';
import { memoTranslator } from './memo-translator';

export const useTranslations = ((namespace?: string) => {
  const t = useNextIntlTranslations(namespace);
  const locale = useLocale();
  // The same function from render to render, as next-intl's own (effects may depend on it).
  return useMemo(() => memoTranslator(t, locale, namespace), [t, locale, namespace]);
}) as typeof useNextIntlTranslations;
