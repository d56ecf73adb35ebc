import { getFormatter } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { NotificationList } from '@/components/notifications/notification-list';
import { getDb } from '@/db/client';
import { listNotifications } from '@/db/queries/notifications';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import type { NotificationKind } from '@/lib/notify/events';

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ show?: string }> }) {
  const user = await requireUser();
  if (!can(user, 'notification.own', { authorId: user.id })) notFound();
  const unreadOnly = (await searchParams).show === 'unread';
  const [t, format] = await Promise.all([getTranslations('notifications'), getFormatter()]);
  const rows = listNotifications(getDb(), user.id, { unreadOnly, limit: 200 });
  const items = rows.map((n) => ({
    id: n.id,
    link: n.link,
    read: n.readAt !== null,
    at: format.dateTime(new Date(n.createdAt), { dateStyle: 'medium', timeStyle: 'short' }),
    text: t(`kinds.${n.kind as NotificationKind}`, Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, v ?? '']))),
  }));
  const tab = (active: boolean) => `rounded px-3 py-1 text-sm ${active ? 'bg-brand-900 text-white' : 'text-slate-800 hover:bg-slate-200'}`;
  return (
    <main id="main" className="mx-auto max-w-4xl space-y-4 px-4 py-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/settings" className="text-sm text-brand-900 underline">
          {t('settingsLink')}
        </Link>
      </div>
      <nav className="flex gap-2" aria-label={t('title')}>
        <Link href="/notifications" className={tab(!unreadOnly)} aria-current={unreadOnly ? undefined : 'page'}>
          {t('showAll')}
        </Link>
        <Link href="/notifications?show=unread" className={tab(unreadOnly)} aria-current={unreadOnly ? 'page' : undefined}>
          {t('showUnread')}
        </Link>
      </nav>
      <NotificationList items={items} />
    </main>
  );
}
