import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type {
  DisplayUnit,
  Direction,
  IndicatorUnit,
  NumberingStyle,
  OpinionsForm,
  PlanKind,
  PlanPhase,
  RatioRounding,
  SectionKind,
  YenPrecision,
} from '@/lib/domain/types';
import type { TableSpec } from '@/lib/domain/table-spec';
import { departments, organisations, users } from './org';

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export type RatingGrade = { grade: string; meaning: string; minRatioTenths?: number };

/** An annual plan (startYear = endYear) or a mid-term plan over three fiscal years. */
export const plans = sqliteTable(
  'plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<PlanKind>().notNull(),
    title: text('title').notNull(),
    /** The document's title, printed exactly as written on the cover, preview and downloads; null = the plan's title. */
    documentTitle: text('document_title'),
    /** Heading number style per level (index 0 = top level); generated numbers follow it. */
    numbering: text('numbering', { mode: 'json' }).$type<NumberingStyle[] | null>(),
    /** Unit of the plan's money tables; null = the organisation's default. */
    displayUnit: text('display_unit').$type<DisplayUnit>(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    phase: text('phase').$type<PlanPhase>().notNull().default('planning'),
    ratingScale: text('rating_scale', { mode: 'json' }).$type<RatingGrade[] | null>(),
    /** Members see the others' opinions only after finalising their own. */
    independentReview: integer('independent_review', { mode: 'boolean' }).notNull().default(false),
    opinionsForm: text('opinions_form').$type<OpinionsForm>().notNull().default('grouped'),
    entryDeadline: text('entry_deadline'),
    reviewDeadline: text('review_deadline'),
    publishDeadline: text('publish_deadline'),
    /** Figures are synthetic demo data (shown as such in the UI). */
    isDemoData: integer('is_demo_data', { mode: 'boolean' }).notNull().default(false),
    publishedAt: text('published_at'),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull().default(now),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [index('plans_years').on(t.startYear, t.endYear)],
);

export const sections = sqliteTable(
  'sections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    parentId: integer('parent_id').references((): AnySQLiteColumn => sections.id),
    /** Stable key within a plan (carried over when a plan is copied). */
    key: text('key').notNull(),
    /** The number as printed, punctuation included (１. ⑴ ①); nothing is added to it. */
    number: text('number').notNull().default(''),
    /** Overrides the plan's style for this section's own number when renumbering. */
    numberStyle: text('number_style').$type<NumberingStyle>(),
    title: text('title').notNull(),
    kind: text('kind').$type<SectionKind>().notNull(),
    departmentId: integer('department_id').references(() => departments.id),
    sortOrder: integer('sort_order').notNull().default(0),
    /** A table section's title, columns, note, unit and row order; null prints its kind's default. */
    tableSpec: text('table_spec', { mode: 'json' }).$type<TableSpec | null>(),
    deletedAt: text('deleted_at'),
  },
  (t) => [uniqueIndex('sections_plan_key').on(t.planId, t.key), index('sections_plan_parent').on(t.planId, t.parentId, t.sortOrder)],
);

export const indicators = sqliteTable(
  'indicators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    sectionId: integer('section_id').references(() => sections.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    unit: text('unit').$type<IndicatorUnit>().notNull(),
    /** Decimal places of the stored integer (1.13倍 with scale 2 is 113). */
    scale: integer('scale').notNull().default(0),
    direction: text('direction').$type<Direction>().notNull().default('higher'),
    ratioRounding: text('ratio_rounding').$type<RatioRounding>().notNull().default('half_up'),
    /** How yen values are written in narratives and tables of this indicator. */
    yenPrecision: text('yen_precision').$type<YenPrecision>().notNull().default('oku'),
    pairKey: text('pair_key'),
    measure: text('measure').$type<'count' | 'amount'>(),
    aggregation: text('aggregation').$type<'sum' | 'end' | 'annual' | 'ratio'>().notNull().default('sum'),
    /** A ratio's numerator and denominator: two other indicators of the same plan (null: the ratio is entered). */
    numeratorId: integer('numerator_id').references((): AnySQLiteColumn => indicators.id),
    denominatorId: integer('denominator_id').references((): AnySQLiteColumn => indicators.id),
    allowNegative: integer('allow_negative', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    deletedAt: text('deleted_at'),
  },
  (t) => [uniqueIndex('indicators_plan_code').on(t.planId, t.code), index('indicators_section_order').on(t.sectionId, t.sortOrder)],
);

/** One row per indicator and fiscal year (a mid-term plan has three). Values are stored integers. */
export const indicatorValues = sqliteTable(
  'indicator_values',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    fiscalYear: integer('fiscal_year').notNull(),
    planValue: integer('plan_value'),
    actualValue: integer('actual_value'),
    priorActualValue: integer('prior_actual_value'),
    version: integer('version').notNull().default(1),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('indicator_values_year').on(t.indicatorId, t.fiscalYear)],
);

/** Monthly actuals for plan-progress tracking; month is the calendar month (4 = April). */
export const monthlyActuals = sqliteTable(
  'monthly_actuals',
  {
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    fiscalYear: integer('fiscal_year').notNull(),
    month: integer('month').notNull(),
    value: integer('value').notNull(),
    updatedBy: integer('updated_by').references(() => users.id),
    updatedAt: text('updated_at').notNull().default(now),
  },
  (t) => [uniqueIndex('monthly_actuals_pk').on(t.indicatorId, t.fiscalYear, t.month)],
);

/** 決算概要 (収支計算書) lines. */
export const financialLines = sqliteTable(
  'financial_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    sectionId: integer('section_id').references(() => sections.id),
    fiscalYear: integer('fiscal_year').notNull(),
    name: text('name').notNull(),
    amount: integer('amount'),
    priorAmount: integer('prior_amount'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('financial_lines_plan').on(t.planId, t.fiscalYear, t.sortOrder)],
);

/** Notes on charts: why a month or a year moved. */
export const indicatorNotes = sqliteTable('indicator_notes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  indicatorId: integer('indicator_id')
    .notNull()
    .references(() => indicators.id),
  fiscalYear: integer('fiscal_year').notNull(),
  month: integer('month'),
  text: text('text').notNull(),
  authorId: integer('author_id')
    .notNull()
    .references(() => users.id),
  createdAt: text('created_at').notNull().default(now),
});
