import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, blob } from 'drizzle-orm/sqlite-core';
import type { AssessmentStatus, OpinionStatus, ResponseState } from '@/lib/domain/types';
import { departments, users } from './org';
import { plans, sections } from './plan';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/** The current state of a section's self-assessment; every save also writes a revision. */
export const selfAssessments = sqliteTable('self_assessments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sectionId: integer('section_id')
    .notNull()
    .unique()
    .references(() => sections.id),
  narrative: text('narrative').notNull().default(''),
  rating: text('rating'),
  status: text('status').$type<AssessmentStatus>().notNull().default('draft'),
  /** Optimistic lock: a save names the version it was based on. */
  version: integer('version').notNull().default(1),
  returnComment: text('return_comment'),
  updatedBy: integer('updated_by').references(() => users.id),
  updatedAt: text('updated_at').notNull().default(now),
});

export const selfAssessmentRevisions = sqliteTable(
  'self_assessment_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    selfAssessmentId: integer('self_assessment_id')
      .notNull()
      .references(() => selfAssessments.id),
    version: integer('version').notNull(),
    narrative: text('narrative').notNull(),
    rating: text('rating'),
    status: text('status').$type<AssessmentStatus>().notNull(),
    authorId: integer('author_id').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('sa_revisions_version').on(t.selfAssessmentId, t.version)],
);

/** A committee member's opinion on a section or a department. Drafts are private to the author. */
export const opinions = sqliteTable(
  'opinions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    sectionId: integer('section_id').references(() => sections.id),
    departmentId: integer('department_id').references(() => departments.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    status: text('status').$type<OpinionStatus>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
    finalizedAt: text('finalized_at'),
  },
  (t) => [index('opinions_plan').on(t.planId, t.departmentId), index('opinions_author').on(t.authorId)],
);

/** 対応方針: the department's (or admin's) response to a final opinion. */
export const opinionResponses = sqliteTable('opinion_responses', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  opinionId: integer('opinion_id')
    .notNull()
    .unique()
    .references(() => opinions.id),
  text: text('text').notNull().default(''),
  state: text('state').$type<ResponseState>().notNull().default('open'),
  authorId: integer('author_id').references(() => users.id),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull().default(now),
});

/** Section 6 as compiled by admin: one block per heading, author names omitted. */
export const opinionCompilations = sqliteTable(
  'opinion_compilations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    heading: text('heading').notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    body: text('body').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('opinion_compilations_plan').on(t.planId, t.sortOrder)],
);

export const compilationSources = sqliteTable(
  'compilation_sources',
  {
    compilationId: integer('compilation_id')
      .notNull()
      .references(() => opinionCompilations.id),
    opinionId: integer('opinion_id')
      .notNull()
      .references(() => opinions.id),
  },
  (t) => [primaryKey({ columns: [t.compilationId, t.opinionId] })],
);

/** Which version of a section a committee member last read ("changed since you last read"). */
export const sectionReads = sqliteTable(
  'section_reads',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    version: integer('version').notNull(),
    readAt: text('read_at').notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sectionId] })],
);

/** Published report files: the official PDF of each publication, kept forever. */
export const publishedReports = sqliteTable(
  'published_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
    amendmentNote: text('amendment_note'),
    /** Published although the consistency checker found narratives contradicting the data: why, and how many. */
    consistencyOverride: text('consistency_override', { mode: 'json' }).$type<{ reason: string; contradictions: number }>(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: text('created_at').notNull().default(now),
  },
  (t) => [uniqueIndex('published_reports_version').on(t.planId, t.version)],
);
