import { and, count, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { preparedPer } from '../prepared';
import { departments, mailQueue, notificationSettings, notifications, opinions, plans, sections, userDepartments, users } from '../schema';
import type { MailMode } from '../schema/notify';

export type Recipient = {
  id: number;
  displayName: string;
  role: (typeof users.$inferSelect)['role'];
  departmentIds: number[];
  email: string;
  mode: MailMode;
};

/** Every active user of the organisation with departments and mail preference: the candidates of an event. */
export function listRecipientCandidates(db: Db, organisationId: number): Recipient[] {
  const rows = db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      email: notificationSettings.email,
      mode: notificationSettings.mode,
      deptIds: sql<
        string | null
      >`(select group_concat(${userDepartments.departmentId}) from ${userDepartments} where ${userDepartments.userId} = ${users.id})`,
    })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)))
    .all();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    role: r.role,
    departmentIds: r.deptIds ? r.deptIds.split(',').map(Number) : [],
    email: r.email ?? '',
    mode: r.mode ?? 'off',
  }));
}

/** What a section event's message and link need. */
export function getSectionSubject(db: Db, organisationId: number, sectionId: number) {
  return (
    db
      .select({
        sectionId: sections.id,
        number: sections.number,
        title: sections.title,
        departmentId: sections.departmentId,
        departmentName: departments.name,
        planId: plans.id,
        year: plans.startYear,
      })
      .from(sections)
      .innerJoin(plans, eq(plans.id, sections.planId))
      .leftJoin(departments, eq(departments.id, sections.departmentId))
      .where(and(eq(sections.id, sectionId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

/** What an opinion event needs: its plan, department, author and status. */
export function getOpinionSubject(db: Db, organisationId: number, opinionId: number) {
  return (
    db
      .select({
        opinionId: opinions.id,
        status: opinions.status,
        authorId: opinions.authorId,
        departmentId: opinions.departmentId,
        departmentName: departments.name,
        planId: plans.id,
        year: plans.startYear,
      })
      .from(opinions)
      .innerJoin(plans, eq(plans.id, opinions.planId))
      .leftJoin(departments, eq(departments.id, opinions.departmentId))
      .where(and(eq(opinions.id, opinionId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

export type NewNotification = typeof notifications.$inferInsert;

/** Inserts notifications; a repeated dedupe key (a deadline notice already given) is skipped. Returns those inserted. */
export function insertNotifications(db: Db, rows: NewNotification[]) {
  if (rows.length === 0) return [];
  return db
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: notifications.id, userId: notifications.userId, kind: notifications.kind })
    .all();
}

export function enqueueMail(db: Db, rows: { userId: number | null; toAddress: string; subject: string; body: string }[]) {
  if (rows.length > 0) db.insert(mailQueue).values(rows).run();
}

const unreadCount = preparedPer((db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder('userId')), isNull(notifications.readAt)))
    .prepare(),
);

export function countUnread(db: Db, userId: number): number {
  return unreadCount(db).get({ userId })?.n ?? 0;
}

export function listNotifications(db: Db, userId: number, opts: { unreadOnly?: boolean; limit: number }) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      params: notifications.params,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.id))
    .limit(opts.limit)
    .all();
}

/** Marks the user's own notifications read (all of them when ids is null); scoped by user. */
export function markNotificationsRead(db: Db, userId: number, ids: number[] | null): number {
  return db
    .update(notifications)
    .set({ readAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
    .run().changes;
}

export function getNotificationSettings(db: Db, userId: number) {
  return (
    db
      .select({ email: notificationSettings.email, mode: notificationSettings.mode, version: notificationSettings.version })
      .from(notificationSettings)
      .where(eq(notificationSettings.userId, userId))
      .get() ?? null
  );
}

/** Creates (version 0 = none yet) or updates the user's settings; 0 rows = someone saved in between. */
export function saveNotificationSettings(db: Db, userId: number, version: number, s: { email: string; mode: MailMode }): number {
  if (version === 0) {
    return db
      .insert(notificationSettings)
      .values({ userId, ...s })
      .onConflictDoNothing()
      .run().changes;
  }
  return db
    .update(notificationSettings)
    .set({ ...s, version: sql`${notificationSettings.version} + 1`, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` })
    .where(and(eq(notificationSettings.userId, userId), eq(notificationSettings.version, version)))
    .run().changes;
}

// ── the mail worker's side

export function listDueMail(db: Db, nowIso: string, limit: number) {
  return db
    .select({
      id: mailQueue.id,
      toAddress: mailQueue.toAddress,
      subject: mailQueue.subject,
      body: mailQueue.body,
      attempts: mailQueue.attempts,
      createdAt: mailQueue.createdAt,
    })
    .from(mailQueue)
    .where(and(eq(mailQueue.status, 'queued'), lte(mailQueue.nextAttemptAt, nowIso)))
    .orderBy(mailQueue.id)
    .limit(limit)
    .all();
}

export function markMailSent(db: Db, id: number) {
  db.update(mailQueue)
    .set({ status: 'sent', sentAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`, attempts: sql`${mailQueue.attempts} + 1`, lastError: null })
    .where(eq(mailQueue.id, id))
    .run();
}

export function markMailFailed(db: Db, id: number, error: string, next: { at: string; giveUp: boolean }) {
  db.update(mailQueue)
    .set({
      status: next.giveUp ? 'failed' : 'queued',
      attempts: sql`${mailQueue.attempts} + 1`,
      nextAttemptAt: next.at,
      lastError: error.slice(0, 500),
    })
    .where(eq(mailQueue.id, id))
    .run();
}

export function countMail(db: Db) {
  return db.select({ status: mailQueue.status, n: count() }).from(mailQueue).groupBy(mailQueue.status).all();
}

/** Digest subscribers not yet sent today's digest, with their unread notifications since the last one. */
export function listDigestsDue(db: Db, today: string) {
  return db
    .select({ userId: notificationSettings.userId, email: notificationSettings.email, organisationId: users.organisationId })
    .from(notificationSettings)
    .innerJoin(users, eq(users.id, notificationSettings.userId))
    .where(
      and(
        eq(notificationSettings.mode, 'digest'),
        eq(users.active, true),
        sql`${notificationSettings.email} <> ''`,
        sql`coalesce(${notificationSettings.digestSentOn}, '') < ${today}`,
      ),
    )
    .all();
}

export function markDigestSent(db: Db, userId: number, today: string) {
  db.update(notificationSettings).set({ digestSentOn: today }).where(eq(notificationSettings.userId, userId)).run();
}
