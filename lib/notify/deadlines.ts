// Deadline notices (7 days before, the day before, passed), computed by the worker: each stage
// reaches each user who still owes work once (the dedupe key), however often it runs.
import { listRecipientCandidates, listNotifications, markDigestSent, listDigestsDue, enqueueMail } from '@/db/queries/notifications';
import { listOwing, listPlansWithOpenDeadline } from '@/db/queries/owing';
import type { Db } from '@/db/open';
import { deliver } from './emit';
import { linkFor, type NotificationKind } from './events';
import { digestFor } from './text';

const DAY = 86_400_000;

/** The calendar date in Japan (UTC+9, no daylight saving). */
export function japanDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

export function japanHour(now: Date): number {
  return new Date(now.getTime() + 9 * 3_600_000).getUTCHours();
}

export type Stage = 'week' | 'day' | 'passed';

/** Which notice a deadline (YYYY-MM-DD, the last day to act) calls for today, if any. */
export function deadlineStage(deadline: string, today: string): Stage | null {
  const days = Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
  if (!Number.isFinite(days)) return null;
  if (days < 0) return 'passed';
  if (days <= 1) return 'day';
  if (days <= 7) return 'week';
  return null;
}

/** Writes the due deadline notices; returns how many notifications were new. */
export function notifyDeadlines(db: Db, now: Date): number {
  const today = japanDate(now);
  let written = 0;
  for (const plan of listPlansWithOpenDeadline(db)) {
    const which = plan.phase === 'entry' ? 'entry' : 'review';
    const deadline = which === 'entry' ? plan.entryDeadline : plan.reviewDeadline;
    const stage = deadline ? deadlineStage(deadline, today) : null;
    if (!deadline || !stage) continue;
    const owing = new Set(listOwing(db, plan).map((o) => o.userId));
    if (owing.size === 0) continue;
    const recipients = listRecipientCandidates(db, plan.organisationId).filter((r) => owing.has(r.id));
    written += deliver(
      db,
      plan.organisationId,
      recipients,
      'deadline',
      { year: plan.year, which, deadline, stage },
      (r) => linkFor('deadline', r.role, { year: plan.year }),
      `deadline:${plan.id}:${which}:${deadline}:${stage}`,
    );
  }
  return written;
}

/** From 8:00 Japan time, one digest a day of the unread notifications to those who chose it. */
export function queueDigests(db: Db, now: Date): number {
  if (japanHour(now) < 8) return 0;
  const today = japanDate(now);
  let queued = 0;
  for (const d of listDigestsDue(db, today)) {
    const unread = listNotifications(db, d.userId, { unreadOnly: true, limit: 50 });
    if (unread.length > 0) {
      const name = listRecipientCandidates(db, d.organisationId).find((r) => r.id === d.userId)?.displayName ?? '';
      const mail = digestFor(
        name,
        today,
        unread.map((n) => ({ kind: n.kind as NotificationKind, params: n.params, link: n.link })),
      );
      enqueueMail(db, [{ userId: d.userId, toAddress: d.email, ...mail }]);
      queued++;
    }
    markDigestSent(db, d.userId, today);
  }
  return queued;
}
