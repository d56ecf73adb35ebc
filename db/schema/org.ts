import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { RosterFormat } from '@/lib/domain/roster';
import type { DisplayUnit, EraStyle, HeadingDigits, Role } from '@/lib/domain/types';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** One per install for now; name, display unit and roster are data, not code. */
export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** The formal name, as printed on the report cover (…信用保証協会). */
  name: text('name').notNull(),
  /** The short name shown in the header. */
  shortName: text('short_name').notNull().default(''),
  /** The word the document uses for itself: 当協会. */
  selfName: text('self_name').notNull().default('当協会'),
  displayUnit: text('display_unit').$type<DisplayUnit>().notNull().default('oku'),
  /** How fiscal years are written in the document: 令和6年度, 2024年度, or both. */
  eraStyle: text('era_style').$type<EraStyle>().notNull().default('wareki'),
  /** Digits of generated heading numbers: １. (full) or 1. (half). */
  headingDigits: text('heading_digits').$type<HeadingDigits>().notNull().default('full'),
  /** How the committee roster is printed from the members (lib/domain/roster.ts); null = the default form. */
  rosterFormat: text('roster_format', { mode: 'json' }).$type<RosterFormat | null>(),
  version: integer('version').notNull().default(1),
  /** Set by the demo seed: the login page lists demo accounts only for a demo install. */
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  /** The wording of figure sentences (lib/domain/figure-sentence.ts); null = the default. */
  figureSentences: text('figure_sentences', { mode: 'json' }).$type<{ yearEnd: string; toDate: string } | null>(),
  /**
   * What an annual plan's report adds after the heading of a section with an amount indicator,
   * {plan} standing for its plan (lib/report/heading-plan.ts); '' adds nothing; null = the default.
   */
  headingPlan: text('heading_plan'),
  createdAt: text('created_at').notNull().default(now),
});

export const departments = sqliteTable(
  'departments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('departments_org_code').on(t.organisationId, t.code)],
);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  organisationId: integer('organisation_id')
    .notNull()
    .references(() => organisations.id),
  loginId: text('login_id').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role').$type<Role>().notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Bumped on deactivation or role change: tokens carrying an older version are refused. */
  sessionVersion: integer('session_version').notNull().default(1),
  /** Set when admin resets the password: the user chooses a new one before anything else. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull().default(now),
  updatedAt: text('updated_at').notNull().default(now),
});

export const userDepartments = sqliteTable(
  'user_departments',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.departmentId] }), index('user_departments_dept').on(t.departmentId)],
);

/** The external committee as printed in the report's introduction. */
export const committeeMembers = sqliteTable('committee_members', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  organisationId: integer('organisation_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  affiliation: text('affiliation').notNull().default(''),
  title: text('title').notNull().default(''),
  sortOrder: integer('sort_order').notNull().default(0),
  /** The member's login, when they use the app. */
  userId: integer('user_id').references(() => users.id),
});

/**
 * One row per login; logout revokes it. The absolute limit lives in the token; the idle limit
 * here: lastActiveAt moves on what the user does, not on background polling (lib/auth/session.ts).
 */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
    revokedAt: text('revoked_at'),
    /** Last request made by the user (not by a poll); null: since createdAt. */
    lastActiveAt: text('last_active_at'),
  },
  (t) => [index('auth_sessions_user').on(t.userId)],
);

/** Failed-login counters, keyed 'account:<login>' or 'address:<ip>'. */
export const loginThrottle = sqliteTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: integer('window_started_at').notNull(),
  lockedUntil: integer('locked_until'),
});

/** Append-only: triggers in the migration refuse UPDATE and DELETE. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull().default(now),
    userId: integer('user_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
  },
  (t) => [index('audit_log_entity').on(t.entityType, t.entityId), index('audit_log_user').on(t.userId, t.at)],
);
