import type { AbstractIntlMessages } from 'next-intl';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_AREAS, type ClientArea } from '@/i18n/client-areas';

/**
 * Gives the client components below the messages of one area only (i18n/client-areas.ts);
 * `readOnly` (nothing below can be edited) leaves out the area's editors' namespaces.
 */
export async function ClientMessages({
  area,
  readOnly = false,
  children,
}: {
  area: ClientArea;
  readOnly?: boolean;
  children: React.ReactNode;
}) {
  const all = await getMessages();
  const { namespaces, editing = [] } = CLIENT_AREAS[area] as { namespaces: readonly string[]; editing?: readonly string[] };
  const messages: AbstractIntlMessages = {};
  for (const ns of namespaces) if (ns in all && !(readOnly && editing.includes(ns))) messages[ns] = all[ns]!;
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
