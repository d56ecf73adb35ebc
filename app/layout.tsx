import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { ClientMessages } from '@/components/i18n/client-messages';
import { InAppNavigation } from '@/components/layout/in-app-navigation';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: `${t('name')} | ${t('tagline')}` };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ClientMessages area="shell">{children}</ClientMessages>
        <InAppNavigation />
      </body>
    </html>
  );
}
