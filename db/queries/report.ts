// Everything the published report prints, for one plan, in a fixed number of queries.
import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Db } from '../open';
import { deriveRatioGrids, listMonthRows, toMonthGrids } from './figures';
import {
  committeeMembers,
  departments,
  financialLines,
  indicators,
  indicatorValues,
  opinionCompilations,
  organisations,
  plans,
  sections,
  selfAssessments,
} from '../schema';
import { indicatorColumns, yearValueColumns } from './columns';

export type ReportPlan = typeof plans.$inferSelect;

export function getReportPlan(db: Db, organisationId: number, planId: number): ReportPlan | null {
  return (
    db
      .select()
      .from(plans)
      .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
      .get() ?? null
  );
}

export function loadReportData(db: Db, plan: ReportPlan) {
  const organisation = db
    .select({
      name: organisations.name,
      shortName: organisations.shortName,
      selfName: organisations.selfName,
      displayUnit: organisations.displayUnit,
      eraStyle: organisations.eraStyle,
      rosterFormat: organisations.rosterFormat,
      headingPlan: organisations.headingPlan,
    })
    .from(organisations)
    .where(eq(organisations.id, plan.organisationId))
    .get();
  const sectionRows = db
    .select({
      id: sections.id,
      parentId: sections.parentId,
      key: sections.key,
      number: sections.number,
      title: sections.title,
      kind: sections.kind,
      sortOrder: sections.sortOrder,
      tableSpec: sections.tableSpec,
      departmentName: departments.name,
      narrative: selfAssessments.narrative,
      status: selfAssessments.status,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, plan.id), isNull(sections.deletedAt)))
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .all();
  const indicatorRows = db
    .select({ ...indicatorColumns, sortOrder: indicators.sortOrder })
    .from(indicators)
    .where(and(eq(indicators.planId, plan.id), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const ids = indicatorRows.map((r) => r.id);
  const values = ids.length
    ? db
        .select({
          indicatorId: indicatorValues.indicatorId,
          fiscalYear: indicatorValues.fiscalYear,
          ...yearValueColumns,
        })
        .from(indicatorValues)
        .where(
          and(
            inArray(indicatorValues.indicatorId, ids),
            gte(indicatorValues.fiscalYear, plan.startYear - 1),
            lte(indicatorValues.fiscalYear, plan.endYear),
          ),
        )
        .all()
    : [];
  // The months behind the actuals of a year in progress (and last year's, for the same period).
  const grids = toMonthGrids(listMonthRows(db, { organisationId: plan.organisationId, planId: plan.id, year: plan.endYear }), plan.endYear);
  // Ratios take their months from their parts' (all of the plan's indicators are here).
  const lastYear = new Map(values.filter((v) => v.fiscalYear === plan.endYear).map((v) => [v.indicatorId, v]));
  deriveRatioGrids(
    indicatorRows.map((r) => {
      const v = lastYear.get(r.id);
      return { ...r, planValue: v?.planValue ?? null, actualValue: v?.actualValue ?? null, priorActualValue: v?.priorActualValue ?? null };
    }),
    grids,
  );
  const lines = db
    .select({
      id: financialLines.id,
      name: financialLines.name,
      amount: financialLines.amount,
      priorAmount: financialLines.priorAmount,
      fiscalYear: financialLines.fiscalYear,
    })
    .from(financialLines)
    .where(and(eq(financialLines.planId, plan.id), eq(financialLines.fiscalYear, plan.endYear)))
    .orderBy(asc(financialLines.sortOrder), asc(financialLines.id))
    .all();
  const compilation = db
    .select({ heading: opinionCompilations.heading, body: opinionCompilations.body })
    .from(opinionCompilations)
    .where(eq(opinionCompilations.planId, plan.id))
    .orderBy(asc(opinionCompilations.sortOrder), asc(opinionCompilations.id))
    .all();
  const committee = db
    .select({ name: committeeMembers.name, affiliation: committeeMembers.affiliation, title: committeeMembers.title })
    .from(committeeMembers)
    .where(eq(committeeMembers.organisationId, plan.organisationId))
    .orderBy(asc(committeeMembers.sortOrder), asc(committeeMembers.id))
    .all();
  return {
    organisation: organisation ?? {
      name: '',
      shortName: '',
      selfName: '',
      displayUnit: 'oku' as const,
      eraStyle: 'wareki' as const,
      rosterFormat: null,
      headingPlan: null,
    },
    sections: sectionRows,
    indicators: indicatorRows,
    values,
    grids,
    lines,
    compilation,
    committee,
  };
}

export type ReportData = ReturnType<typeof loadReportData>;

/**
 * The annual records behind a mid-term plan's years: the actuals of the annual plans of each
 * fiscal year, for the given indicator codes. Two queries.
 */
export function loadAnnualActuals(db: Db, plan: ReportPlan, codes: string[]) {
  if (codes.length === 0) return [];
  const annual = db
    .select({ id: plans.id, year: plans.startYear })
    .from(plans)
    .where(
      and(
        eq(plans.organisationId, plan.organisationId),
        eq(plans.kind, 'annual'),
        gte(plans.startYear, plan.startYear - 1),
        lte(plans.startYear, plan.endYear),
      ),
    )
    .all();
  if (annual.length === 0) return [];
  return db
    .select({
      code: indicators.code,
      fiscalYear: indicatorValues.fiscalYear,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .innerJoin(indicatorValues, eq(indicatorValues.indicatorId, indicators.id))
    .innerJoin(plans, and(eq(plans.id, indicators.planId), eq(plans.startYear, indicatorValues.fiscalYear)))
    .where(
      and(
        inArray(
          indicators.planId,
          annual.map((a) => a.id),
        ),
        inArray(indicators.code, codes),
        isNull(indicators.deletedAt),
      ),
    )
    .all();
}

export type AnnualActual = ReturnType<typeof loadAnnualActuals>[number];
