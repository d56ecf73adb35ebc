'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { markRead } from '@/lib/actions/notifications';
import { Badge } from '@/components/ui/badge';

export type NotificationItem = { id: number; text: string; link: string; at: string; read: boolean };

/** The list: each item links to where to act; opening one marks it read first. */
export function NotificationList({ items }: { items: NotificationItem[] }) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const mark = (ids: number[] | null, then?: string) =>
    start(async () => {
      const r = await markRead({ ids });
      if (!r.ok) return setMessage(r.message);
      // markRead revalidates: its answer brings this page up to date, no refresh after it.
      if (then) router.push(then);
    });
  const unread = items.some((i) => !i.read);
  return (
    <div className="space-y-3">
      {unread && (
        <button
          type="button"
          onClick={() => mark(null)}
          disabled={pending}
          className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50"
        >
          {t('markAllRead')}
        </button>
      )}
      <p role="status" className="text-sm text-red-700">
        {message}
      </p>
      {items.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`flex items-start gap-3 p-3 ${n.read ? '' : 'bg-amber-50'}`} data-read={n.read ? '1' : '0'}>
              <Badge tone={n.read ? 'neutral' : 'danger'} className="mt-0.5 shrink-0">
                {n.read ? t('read') : t('unread')}
              </Badge>
              <div className="min-w-0 flex-1">
                <Link
                  href={n.link}
                  onClick={(e) => {
                    if (n.read) return;
                    e.preventDefault();
                    mark([n.id], n.link);
                  }}
                  className="text-brand-900 underline-offset-2 hover:underline"
                >
                  {n.text}
                </Link>
                <div className="text-xs text-slate-600">{n.at}</div>
              </div>
              {!n.read && (
                <button
                  type="button"
                  onClick={() => mark([n.id])}
                  disabled={pending}
                  className="shrink-0 rounded px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-200"
                >
                  {t('markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
