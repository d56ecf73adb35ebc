// The plan-progress dashboard, the indicator drill-down and the multi-year view. Each loader
// runs a fixed number of queries whatever the number of years, sections and indicators:
// running totals, status counts and opinion counts are computed in SQL (window functions and
// GROUP BY), never by a query per indicator or per month.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { fiscalMonthAt } from '@/lib/domain/fiscal-year';
import type { Figures } from '@/lib/domain/figures';
import type { DisplayUnit, ProgressStatus } from '@/lib/domain/types';
import type { Db } from '../open';
import { keptUntilDataChanges } from './data-cache';
import { deriveRatioGrids, figureNumbersOf, figuresOf, listMonthRows, loadRatioParts, toMonthGrids } from './figures';
import { inOrganisationIndicators } from './scope';
import {
  departments,
  financialLines,
  indicatorNotes,
  indicators,
  indicatorValues,
  monthlyActuals,
  opinionResponses,
  opinions,
  organisations,
  plans,
  sections,
  selfAssessments,
  users,
} from '../schema';
import { indicatorColumns } from './columns';

const WORKFLOW_KINDS = ['preface', 'narrative', 'initiative'] as const;

/**
 * The display unit and the departments, in one query. Figures are shown in the plan's unit when
 * the plan sets one (as its report prints them), else in the organisation's default unit; the
 * multi-year view, which spans plans, passes no plan.
 */
function orgAndDepartments(db: Db, organisationId: number, planId: number | null = null) {
  const rows = db
    .select({
      orgUnit: organisations.displayUnit,
      planUnit: plans.displayUnit,
      id: departments.id,
      name: departments.name,
    })
    .from(organisations)
    .leftJoin(plans, and(eq(plans.id, planId ?? -1), eq(plans.organisationId, organisations.id)))
    .leftJoin(departments, eq(departments.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId))
    .orderBy(asc(departments.sortOrder))
    .all();
  const displayUnit: DisplayUnit = rows[0]?.planUnit ?? rows[0]?.orgUnit ?? 'oku';
  const list = rows.flatMap((r) => (r.id == null || r.name == null ? [] : [{ id: r.id, name: r.name }]));
  return { displayUnit, departments: list };
}

export type DashboardInput = {
  organisationId: number;
  planId: number;
  year: number;
  /** Entry deadline of the plan (YYYY-MM-DD) when sections can be overdue, else null. */
  entryDeadline: string | null;
  /** Today in Japan, YYYY-MM-DD. */
  today: string;
  departmentId?: number | null;
};

/** Above this many initiative indicators, the all-departments view shows a digest per department. */
export const PRIORITY_LIST_LIMIT = 120;

type DigestRow = {
  departmentId: number | null;
  departmentName: string | null;
  fig: { status: ProgressStatus | null };
};

/** Per department: how many initiative indicators are ahead, on track, behind, or without a ratio. */
export function digestByDepartment(rows: readonly DigestRow[]) {
  const byDept = new Map<
    number | null,
    {
      departmentId: number | null;
      departmentName: string | null;
      total: number;
      ahead: number;
      on_track: number;
      behind: number;
      none: number;
    }
  >();
  for (const r of rows) {
    const d = byDept.get(r.departmentId) ?? {
      departmentId: r.departmentId,
      departmentName: r.departmentName,
      total: 0,
      ahead: 0,
      on_track: 0,
      behind: 0,
      none: 0,
    };
    d.total++;
    d[r.fig.status ?? 'none']++;
    byDept.set(r.departmentId, d);
  }
  return [...byDept.values()];
}

/** Everything the year dashboard shows, as plain JSON (also served to react-query). */
export function loadDashboard(db: Db, input: DashboardInput) {
  const { organisationId, planId, year } = input;
  const dept = input.departmentId ?? null;
  const org = orgAndDepartments(db, organisationId, planId);

  // Core KPIs (pairKey set) always; the other indicators only of the chosen department.
  const indicatorWhere: SQL[] = [eq(indicators.planId, planId), isNull(indicators.deletedAt)];
  if (dept !== null) indicatorWhere.push(or(isNotNull(indicators.pairKey), eq(sections.departmentId, dept))!);
  const indicatorRows = db
    .select({
      ...indicatorColumns,
      sectionId: indicators.sectionId,
      sectionTitle: sections.title,
      sectionKind: sections.kind,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, year)))
    .leftJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .where(and(...indicatorWhere))
    .orderBy(asc(departments.sortOrder), asc(indicators.sortOrder), asc(indicators.id))
    .all();

  // With many initiative indicators, the all-departments view lists a digest per department
  // instead (choosing a department lists its indicators), so the page stays light at any size.
  const initiativeCount = indicatorRows.filter((i) => i.pairKey == null).length;
  const digest = dept === null && initiativeCount > PRIORITY_LIST_LIMIT;
  // A ratio listed for a department whose parts are another's: their rows (no query when none).
  const ratioParts = loadRatioParts(db, planId, year, indicatorRows);

  // The months behind every figure (this year's, and last year's for the listed indicators),
  // with running totals: two queries. A digest needs only this year's months.
  const monthRows = listMonthRows(db, {
    organisationId,
    planId,
    year,
    // A digest needs the months only where no annual actual was entered (the months cannot change it).
    scope: digest
      ? or(
          isNotNull(indicators.pairKey),
          sql`not exists (select 1 from ${indicatorValues} where ${indicatorValues.indicatorId} = ${indicators.id}
            and ${indicatorValues.fiscalYear} = ${year} and ${indicatorValues.actualValue} is not null)`,
        )
      : inArray(indicators.id, indicatorRows.length ? [...indicatorRows, ...ratioParts].map((i) => i.id) : [-1]),
    priorScope: digest ? isNotNull(indicators.pairKey) : undefined,
  });
  const grids = toMonthGrids(monthRows, year);
  deriveRatioGrids([...indicatorRows, ...ratioParts], grids);
  // A digest counts statuses only: numbers for the initiatives, display figures for what is listed.
  const priorityDigest = digest
    ? digestByDepartment(indicatorRows.filter((i) => i.pairKey == null).map((i) => ({ ...i, fig: figureNumbersOf(i, grids) })))
    : null;
  const listed = digest ? indicatorRows.filter((i) => i.pairKey != null) : indicatorRows;
  const withFigures = listed.map((i) => ({ ...i, fig: figuresOf(i, grids, org.displayUnit) as Figures }));
  const coreIds = new Set(withFigures.filter((i) => i.pairKey != null).map((i) => i.id));
  const monthly = monthRows
    .filter((m) => m.fiscalYear === year && coreIds.has(m.indicatorId))
    .map(({ indicatorId, month, value, cumulative }) => ({ indicatorId, month, value, cumulative }));

  // The core KPIs' annual figures over every annual plan of the organisation (the cards' trend).
  const trend = db
    .select({
      code: indicators.code,
      fiscalYear: indicatorValues.fiscalYear,
      actual: indicatorValues.actualValue,
      plan: indicatorValues.planValue,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(
      and(
        eq(plans.organisationId, organisationId),
        eq(plans.kind, 'annual'),
        eq(indicatorValues.fiscalYear, plans.startYear),
        isNotNull(indicators.pairKey),
        isNull(indicators.deletedAt),
        sql`${indicatorValues.fiscalYear} <= ${year}`,
      ),
    )
    .orderBy(asc(indicators.code), asc(indicatorValues.fiscalYear))
    .all();

  const financial = db
    .select({ id: financialLines.id, name: financialLines.name, amount: financialLines.amount, priorAmount: financialLines.priorAmount })
    .from(financialLines)
    .where(and(eq(financialLines.planId, planId), eq(financialLines.fiscalYear, year)))
    .orderBy(asc(financialLines.sortOrder))
    .all();

  const status = sql<string>`coalesce(${selfAssessments.status}, 'not_started')`;
  const overdue = sql<number>`case when ${input.entryDeadline} is not null and ${input.today} > ${input.entryDeadline}
    and coalesce(${selfAssessments.status}, 'not_started') not in ('submitted', 'approved') then 1 else 0 end`;
  const workflowWhere: SQL[] = [eq(sections.planId, planId), isNull(sections.deletedAt), inArray(sections.kind, [...WORKFLOW_KINDS])];
  if (dept !== null) workflowWhere.push(eq(sections.departmentId, dept));
  const statusCounts = db
    .select({
      departmentId: sections.departmentId,
      departmentName: departments.name,
      status,
      n: count(),
      overdue: sql<number>`sum(${overdue})`,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(...workflowWhere))
    .groupBy(sections.departmentId, status)
    .orderBy(asc(departments.sortOrder), asc(sections.departmentId))
    .all();
  const overdueSections = db
    .select({ id: sections.id, number: sections.number, title: sections.title, departmentName: departments.name, status })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(...workflowWhere, sql`${overdue} = 1`))
    .orderBy(asc(departments.sortOrder), asc(sections.id))
    .limit(50)
    .all();

  const opinionWhere: SQL[] = [eq(opinions.planId, planId), eq(opinions.status, 'final')];
  if (dept !== null) opinionWhere.push(eq(opinions.departmentId, dept));
  const opinionCounts = db
    .select({
      departmentId: opinions.departmentId,
      departmentName: departments.name,
      opinions: count(),
      openResponses: sql<number>`sum(case when coalesce(${opinionResponses.state}, 'open') <> 'done' then 1 else 0 end)`,
    })
    .from(opinions)
    .leftJoin(departments, eq(departments.id, opinions.departmentId))
    .leftJoin(opinionResponses, eq(opinionResponses.opinionId, opinions.id))
    .where(and(...opinionWhere))
    .groupBy(opinions.departmentId)
    .orderBy(asc(departments.sortOrder))
    .all();

  const notes = listPlanNotes(db, planId, year);

  return {
    year,
    displayUnit: org.displayUnit,
    departments: org.departments,
    departmentId: dept,
    indicators: withFigures,
    priorityDigest,
    monthly,
    // The open year's point is its actual to date.
    trend: trend.map((p) =>
      p.fiscalYear === year && p.actual === null ? { ...p, actual: withFigures.find((i) => i.code === p.code)?.fig.actual ?? null } : p,
    ),
    financial,
    workflow: { statusCounts, overdueSections, opinionCounts },
    notes,
  };
}

export type DashboardData = ReturnType<typeof loadDashboard>;
export type DashboardIndicator = DashboardData['indicators'][number];
export type DashboardNote = DashboardData['notes'][number];

const noteColumns = {
  id: indicatorNotes.id,
  indicatorId: indicatorNotes.indicatorId,
  fiscalYear: indicatorNotes.fiscalYear,
  month: indicatorNotes.month,
  text: indicatorNotes.text,
  authorId: indicatorNotes.authorId,
  authorName: users.displayName,
  createdAt: indicatorNotes.createdAt,
};

/** Notes on the indicators of a plan for a fiscal year, with their authors. */
export function listPlanNotes(db: Db, planId: number, year: number) {
  return db
    .select(noteColumns)
    .from(indicatorNotes)
    .innerJoin(indicators, eq(indicators.id, indicatorNotes.indicatorId))
    .innerJoin(users, eq(users.id, indicatorNotes.authorId))
    .where(and(eq(indicators.planId, planId), eq(indicatorNotes.fiscalYear, year)))
    .orderBy(asc(indicatorNotes.createdAt), asc(indicatorNotes.id))
    .all();
}

/** One indicator of a plan: values, monthly running totals, its narrative, notes and history over the years. */
export function loadIndicatorDetail(db: Db, input: { organisationId: number; planId: number; year: number; code: string }) {
  const { organisationId, planId, year, code } = input;
  const org = orgAndDepartments(db, organisationId, planId);
  const indicator =
    db
      .select({
        ...indicatorColumns,
        sectionId: indicators.sectionId,
        sectionTitle: sections.title,
        departmentId: sections.departmentId,
        departmentName: departments.name,
        narrative: selfAssessments.narrative,
        narrativeStatus: selfAssessments.status,
        planValue: indicatorValues.planValue,
        actualValue: indicatorValues.actualValue,
        priorActualValue: indicatorValues.priorActualValue,
      })
      .from(indicators)
      .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, year)))
      .leftJoin(sections, eq(sections.id, indicators.sectionId))
      .leftJoin(departments, eq(departments.id, sections.departmentId))
      .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
      .where(and(eq(indicators.planId, planId), eq(indicators.code, code), isNull(indicators.deletedAt)))
      .get() ?? null;
  if (!indicator) return null;
  // A ratio's parts (one more query, for a ratio only) and their months with its own.
  const parts = loadRatioParts(db, planId, year, [indicator]);
  const scope = parts.length ? inArray(indicators.id, [indicator.id, ...parts.map((p) => p.id)]) : eq(indicators.id, indicator.id);
  const monthRows = listMonthRows(db, { organisationId, planId, year, scope });
  const grids = toMonthGrids(monthRows, year);
  deriveRatioGrids([indicator, ...parts], grids);
  const monthly = parts.length
    ? ratioMonthRows(grids.get(indicator.id)?.months)
    : monthRows
        .filter((m) => m.fiscalYear === year && m.indicatorId === indicator.id)
        .map(({ month, value, cumulative }) => ({ month, value, cumulative }));
  const fig = figuresOf(indicator, grids, org.displayUnit);
  const history = listIndicatorHistory(db, organisationId, code);
  const notes = db
    .select(noteColumns)
    .from(indicatorNotes)
    .innerJoin(indicators, eq(indicators.id, indicatorNotes.indicatorId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .innerJoin(users, eq(users.id, indicatorNotes.authorId))
    .where(and(eq(plans.organisationId, organisationId), eq(indicators.code, code)))
    .orderBy(desc(indicatorNotes.fiscalYear), asc(indicatorNotes.month), asc(indicatorNotes.id))
    .all();
  return { year, displayUnit: org.displayUnit, indicator, fig, monthly, history, notes };
}

/** A ratio's derived months as the chart's rows (a ratio reads like a balance: no running total). */
function ratioMonthRows(months: readonly (number | null)[] | undefined) {
  return (months ?? []).flatMap((value, i) => (value === null ? [] : [{ month: fiscalMonthAt(i), value, cumulative: value }]));
}

export type IndicatorDetail = NonNullable<ReturnType<typeof loadIndicatorDetail>>;

/** An indicator's plan and actual in every plan of the organisation (annual and mid-term). */
export function listIndicatorHistory(db: Db, organisationId: number, code: string) {
  return db
    .select({
      planId: plans.id,
      planKind: plans.kind,
      planTitle: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      fiscalYear: indicatorValues.fiscalYear,
      plan: indicatorValues.planValue,
      actual: indicatorValues.actualValue,
      prior: indicatorValues.priorActualValue,
    })
    .from(indicatorValues)
    .innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId))
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .where(and(eq(plans.organisationId, organisationId), eq(indicators.code, code), isNull(indicators.deletedAt)))
    .orderBy(asc(indicatorValues.fiscalYear), asc(plans.kind))
    .all();
}

/** The multi-year view: an index of every indicator code, and the chosen one over all years. */
export function loadTrends(db: Db, input: { organisationId: number; code?: string | null; departmentId?: number | null }) {
  const { organisationId } = input;
  const org = orgAndDepartments(db, organisationId);
  const where: SQL[] = [eq(plans.organisationId, organisationId), isNull(indicators.deletedAt)];
  if (input.departmentId != null) where.push(eq(sections.departmentId, input.departmentId));
  // One row per code: the latest plan's name and unit (a lone max() makes SQLite take the bare
  // columns from that row).
  const index = db
    .select({
      code: indicators.code,
      latestYear: sql<number>`max(${plans.startYear})`,
      name: indicators.name,
      unit: indicators.unit,
      scale: indicators.scale,
      yenPrecision: indicators.yenPrecision,
      direction: indicators.direction,
      ratioRounding: indicators.ratioRounding,
      aggregation: indicators.aggregation,
      pairKey: indicators.pairKey,
      departmentName: departments.name,
      departmentSort: departments.sortOrder,
      years: sql<number>`count(distinct ${plans.startYear})`,
    })
    .from(indicators)
    .innerJoin(plans, eq(plans.id, indicators.planId))
    .leftJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .where(and(...where))
    .groupBy(indicators.code)
    .orderBy(sql`${indicators.pairKey} is null`, asc(departments.sortOrder), asc(indicators.sortOrder), asc(indicators.code))
    .all();
  const code = input.code && index.some((i) => i.code === input.code) ? input.code : (index[0]?.code ?? null);
  const history = code ? listIndicatorHistory(db, organisationId, code) : [];
  // The months of the code in every annual plan: a year in progress shows its actual to date.
  const months = code
    ? db
        .select({ fiscalYear: monthlyActuals.fiscalYear, month: monthlyActuals.month, value: monthlyActuals.value })
        .from(monthlyActuals)
        .innerJoin(indicators, eq(indicators.id, monthlyActuals.indicatorId))
        .innerJoin(plans, eq(plans.id, indicators.planId))
        .where(
          and(eq(plans.organisationId, organisationId), eq(plans.kind, 'annual'), eq(indicators.code, code), isNull(indicators.deletedAt)),
        )
        .all()
    : [];
  const notes = code
    ? db
        .select({
          id: indicatorNotes.id,
          fiscalYear: indicatorNotes.fiscalYear,
          month: indicatorNotes.month,
          text: indicatorNotes.text,
          authorName: users.displayName,
        })
        .from(indicatorNotes)
        .innerJoin(indicators, eq(indicators.id, indicatorNotes.indicatorId))
        .innerJoin(plans, eq(plans.id, indicators.planId))
        .innerJoin(users, eq(users.id, indicatorNotes.authorId))
        .where(
          and(
            eq(plans.organisationId, organisationId),
            eq(indicators.code, code),
            isNull(indicatorNotes.month),
            ne(indicatorNotes.text, ''),
          ),
        )
        .orderBy(asc(indicatorNotes.fiscalYear), asc(indicatorNotes.id))
        .all()
    : [];
  return {
    displayUnit: org.displayUnit,
    departments: org.departments,
    departmentId: input.departmentId ?? null,
    index,
    code,
    history,
    months,
    notes,
  };
}

export type TrendsData = ReturnType<typeof loadTrends>;

/** Whatever a note is attached to: the indicator's plan, phase and department, scoped by organisation. */
export function getNoteTarget(db: Db, organisationId: number, indicatorId: number) {
  return (
    db
      .select({
        indicatorId: indicators.id,
        planId: plans.id,
        phase: plans.phase,
        startYear: plans.startYear,
        endYear: plans.endYear,
        departmentId: sections.departmentId,
      })
      .from(indicators)
      .innerJoin(plans, eq(plans.id, indicators.planId))
      .leftJoin(sections, eq(sections.id, indicators.sectionId))
      .where(and(eq(indicators.id, indicatorId), eq(plans.organisationId, organisationId), isNull(indicators.deletedAt)))
      .get() ?? null
  );
}

export function createNote(
  db: Db,
  values: { indicatorId: number; fiscalYear: number; month: number | null; text: string; authorId: number },
) {
  return db.insert(indicatorNotes).values(values).returning().get();
}

export function getNote(db: Db, organisationId: number, noteId: number) {
  return (
    db
      .select({
        id: indicatorNotes.id,
        indicatorId: indicatorNotes.indicatorId,
        authorId: indicatorNotes.authorId,
        fiscalYear: indicatorNotes.fiscalYear,
        month: indicatorNotes.month,
        text: indicatorNotes.text,
      })
      .from(indicatorNotes)
      .innerJoin(indicators, eq(indicators.id, indicatorNotes.indicatorId))
      .innerJoin(plans, eq(plans.id, indicators.planId))
      .where(and(eq(indicatorNotes.id, noteId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

export function deleteNote(db: Db, organisationId: number, noteId: number) {
  return db
    .delete(indicatorNotes)
    .where(and(eq(indicatorNotes.id, noteId), inOrganisationIndicators(indicatorNotes.indicatorId, organisationId)))
    .run().changes;
}

/** loadDashboard kept per (plan, department, deadline, day) until the data changes (./data-cache). Read-only. */
export function loadDashboardCached(db: Db, input: DashboardInput): DashboardData {
  const { organisationId, planId, year, departmentId, entryDeadline, today } = input;
  return keptUntilDataChanges(db, ['dashboard', organisationId, planId, year, departmentId ?? null, entryDeadline, today], () =>
    loadDashboard(db, input),
  );
}
