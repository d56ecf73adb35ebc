// next-intl's getTranslations for server components and route handlers, with the texts of
// repeated calls kept (lib/i18n/memo-translator.ts). Import it from here.
import { getLocale, getTranslations as getNextIntlTranslations } from 'next-intl/server';
import { memoTranslator } from './memo-translator';

type Arg = string | { locale?: string; namespace?: string } | undefined;

export const getTranslations = (async (arg?: Arg) => {
  const t = await getNextIntlTranslations(arg as Parameters<typeof getNextIntlTranslations>[0]);
  const locale = typeof arg === 'object' && arg.locale ? arg.locale : await getLocale();
  return memoTranslator(t, locale, typeof arg === 'string' ? arg : arg?.namespace);
}) as typeof getNextIntlTranslations;
