// Writes an event's notifications (and, for those who chose it, their mail) in the caller's
// transaction: the event, its notifications and its queued mail commit or roll back together.
import {
  enqueueMail,
  getOpinionSubject,
  getSectionSubject,
  insertNotifications,
  listRecipientCandidates,
  type Recipient,
} from '@/db/queries/notifications';
import type { Db } from '@/db/open';
import { smtpUrl } from '@/lib/env';
import { concerns, linkFor, type NotificationKind, type NotifyEvent, type Subject } from './events';
import { mailFor } from './text';

type Params = Record<string, string | number | null>;

function load(tx: Db, organisationId: number, event: NotifyEvent): { subject: Subject; params: Params; sectionId?: number } | null {
  switch (event.kind) {
    case 'submitted':
    case 'approved':
    case 'returned': {
      const s = getSectionSubject(tx, organisationId, event.sectionId);
      if (!s) return null;
      const reason = event.kind === 'returned' ? event.reason : null;
      return {
        subject: { year: s.year, planId: s.planId, departmentId: s.departmentId },
        params: { year: s.year, section: `${s.number} ${s.title}`.trim(), department: s.departmentName, reason },
        sectionId: s.sectionId,
      };
    }
    case 'opinionFinalized':
    case 'responseWritten': {
      const o = getOpinionSubject(tx, organisationId, event.opinionId);
      // A draft is private to its author: it never becomes anybody's notification.
      if (!o || o.status !== 'final') return null;
      return {
        subject: { year: o.year, planId: o.planId, departmentId: o.departmentId, authorId: o.authorId },
        params: { year: o.year, department: o.departmentName },
      };
    }
    case 'phaseChanged':
      return { subject: { year: event.year, planId: event.planId, departmentId: null }, params: { year: event.year, phase: event.to } };
  }
}

/** Notifies everyone the event concerns, except the one who caused it. */
export function emitNotification(tx: Db, actor: { id: number; organisationId: number }, event: NotifyEvent): number {
  const loaded = load(tx, actor.organisationId, event);
  if (!loaded) return 0;
  const recipients = listRecipientCandidates(tx, actor.organisationId).filter(
    (r) => r.id !== actor.id && concerns(r, event, loaded.subject),
  );
  return deliver(tx, actor.organisationId, recipients, event.kind, loaded.params, (r) =>
    linkFor(event.kind, r.role, { year: loaded.subject.year, sectionId: loaded.sectionId }),
  );
}

/**
 * Writes one notification per recipient (skipping a dedupe key already given to that user) and
 * queues mail for those who chose mail per event, when mail is configured.
 */
export function deliver(
  tx: Db,
  organisationId: number,
  recipients: Recipient[],
  kind: NotificationKind,
  params: Params,
  link: (r: Recipient) => string,
  dedupeKey: string | null = null,
): number {
  const rows = recipients.map((r) => ({ organisationId, userId: r.id, kind, link: link(r), params, dedupeKey }));
  const inserted = new Set(insertNotifications(tx, rows).map((n) => n.userId));
  if (smtpUrl()) {
    const mail = recipients
      .filter((r) => inserted.has(r.id) && r.mode === 'each' && r.email)
      .map((r) => ({ userId: r.id, toAddress: r.email, ...mailFor(kind, params, link(r), r.displayName) }));
    enqueueMail(tx, mail);
  }
  return inserted.size;
}
