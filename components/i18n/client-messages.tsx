import type { AbstractIntlMessages } from 'next-intl';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { CLIENT_AREAS, type ClientArea } from '@/i18n/client-areas';

/** Gives the client components below the messages of one area only (i18n/client-areas.ts). */
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const all = await getMessages();
  const messages: AbstractIntlMessages = {};
  for (const ns of CLIENT_AREAS[area].namespaces) if (ns in all) messages[ns] = all[ns]!;
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
