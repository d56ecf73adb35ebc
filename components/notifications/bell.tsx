import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';

/** The header's bell: a link to /notifications with the unread count (server-rendered on every page). */
export async function Bell({ unread }: { unread: number }) {
  const t = await getTranslations('notifications');
  const label = unread > 0 ? t('bellUnread', { count: unread }) : t('bell');
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="bell"
      className="relative inline-flex items-center rounded px-2 py-1 text-slate-700 hover:bg-slate-200"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 && (
        <span data-testid="bell-count" className="ml-0.5 min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs font-bold text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
