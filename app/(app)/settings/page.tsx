import { getTranslations } from '@/lib/i18n/get-translations';
import { notFound } from 'next/navigation';
import { SettingsForm } from '@/components/notifications/settings-form';
import { getDb } from '@/db/client';
import { getNotificationSettings } from '@/db/queries/notifications';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { smtpUrl } from '@/lib/env';

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, 'notification.own', { authorId: user.id })) notFound();
  const t = await getTranslations('notifications.settings');
  const s = getNotificationSettings(getDb(), user.id);
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      {!smtpUrl() && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-smtp">
          {t('noSmtp')}
        </p>
      )}
      <SettingsForm initial={{ email: s?.email ?? '', mode: s?.mode ?? 'off', version: s?.version ?? 0 }} />
    </main>
  );
}
