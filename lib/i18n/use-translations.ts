// next-intl's useTranslations, made once per catalogue and namespace instead of once per component
// instance, with the texts of repeated calls kept (lib/i18n/memo-translator.ts). Import it from
// here, in server and client components alike.
import { createTranslator, useLocale, useMessages, useTimeZone } from 'next-intl';
import type { useTranslations as useNextIntlTranslations } from 'next-intl';
import { memoTranslator } from './memo-translator';

type Messages = ReturnType<typeof useMessages>;

/** Translators by catalogue object (a request's, or the browser page's), then locale, zone and namespace. */
const made = new WeakMap<Messages, Map<string, unknown>>();

/**
 * The translator of a namespace for these messages. next-intl's hook builds one for every
 * component that calls it: a dashboard's ninety status marks built ninety. Here the first call
 * builds it and the others get it back, for as long as the messages object lives (the provider's
 * value: one request on the server, the page in the browser).
 */
export function translatorFor(messages: Messages, locale: string, timeZone: string | undefined, namespace: string | undefined) {
  let byKey = made.get(messages);
  if (!byKey) {
    byKey = new Map();
    made.set(messages, byKey);
  }
  const key = `${locale}\u0000${timeZone ?? ''}\u0000${namespace ?? ''}`;
  let t = byKey.get(key);
  if (!t) {
    t = memoTranslator(createTranslator({ locale, messages, namespace: namespace as never, timeZone }), locale, namespace);
    byKey.set(key, t);
  }
  return t;
}

export const useTranslations = ((namespace?: string) => {
  const messages = useMessages();
  const locale = useLocale();
  const timeZone = useTimeZone();
  return translatorFor(messages, locale, timeZone, namespace);
}) as typeof useNextIntlTranslations;
