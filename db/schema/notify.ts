import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisations, users } from './org';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** One row per recipient and event; `params` holds what the message needs (title, reason, year). */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** The app path where the recipient acts (/years/2025/sections/12). */
    link: text('link').notNull(),
    params: text('params', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull(),
    /** Deadline notices are computed repeatedly: the key makes each one arrive once. */
    dedupeKey: text('dedupe_key'),
    createdAt: text('created_at').notNull().default(now),
    readAt: text('read_at'),
  },
  (t) => [index('notifications_user').on(t.userId, t.readAt, t.id), uniqueIndex('notifications_dedupe').on(t.userId, t.dedupeKey)],
);

export type MailMode = 'off' | 'each' | 'digest';

/** Per-user mail preference: opt-in, so the default row (none) means in-app only. */
export const notificationSettings = sqliteTable('notification_settings', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  email: text('email').notNull().default(''),
  mode: text('mode').$type<MailMode>().notNull().default('off'),
  /** The Japan date (YYYY-MM-DD) of the last digest, so each day gets at most one. */
  digestSentOn: text('digest_sent_on'),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull().default(now),
});

/** Outgoing mail, written in the transaction of the event; the worker sends and retries. */
export const mailQueue = sqliteTable(
  'mail_queue',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status').$type<'queued' | 'sent' | 'failed'>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** ISO time before which the worker leaves it alone (backoff after a failure). */
    nextAttemptAt: text('next_attempt_at').notNull().default(now),
    lastError: text('last_error'),
    createdAt: text('created_at').notNull().default(now),
    sentAt: text('sent_at'),
  },
  (t) => [index('mail_queue_due').on(t.status, t.nextAttemptAt)],
);
