// Mail text, rendered in Japanese (the recipients' language; the app's own pages follow the
// locale cookie). Synchronous so that it can run inside the action's transaction.
import { createTranslator } from 'next-intl';
import messages from '@/messages/ja/notifications.json';
import { publicUrl } from '@/lib/env';
import type { NotificationKind } from './events';

type Params = Record<string, string | number | null>;

const t = createTranslator({ locale: 'ja', messages, namespace: 'notifications', timeZone: 'Asia/Tokyo' });

const clean = (p: Params) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v ?? ''])) as Record<string, string | number>;

export function notificationText(kind: NotificationKind, params: Params): string {
  return t(`kinds.${kind}`, clean(params));
}

export function mailFor(kind: NotificationKind, params: Params, link: string, name: string) {
  const p = clean(params);
  return {
    subject: t('mail.subject', { summary: t(`mail.short.${kind}`, p) }),
    body: t('mail.body', {
      name,
      text: notificationText(kind, params),
      url: `${publicUrl()}${link}`,
      settingsUrl: `${publicUrl()}/settings`,
    }),
  };
}

export function digestFor(name: string, date: string, items: { kind: NotificationKind; params: Params; link: string }[]) {
  const lines = items.map((i) => `・${notificationText(i.kind, i.params)}\n  ${publicUrl()}${i.link}`);
  return {
    subject: t('mail.digestSubject', { count: items.length, date }),
    body: [
      t('mail.digestIntro', { name, count: items.length }),
      lines.join('\n\n'),
      t('mail.digestOutro', { url: `${publicUrl()}/notifications`, settingsUrl: `${publicUrl()}/settings` }),
    ].join('\n\n'),
  };
}
