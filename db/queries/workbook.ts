// What the year's workbook (/years/<y>/workbook.xlsx) lists: every indicator with its figures and
// months, every section with its self-assessment, every final opinion with its response.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../open';
import { departments, indicators, indicatorValues, monthlyActuals, opinionResponses, opinions, sections, selfAssessments } from '../schema';

export function loadWorkbookData(db: Db, plan: { id: number; startYear: number }) {
  const inds = db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unit: indicators.unit,
      scale: indicators.scale,
      direction: indicators.direction,
      ratioRounding: indicators.ratioRounding,
      sectionNumber: sections.number,
      sectionTitle: sections.title,
      departmentName: departments.name,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .leftJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(indicatorValues, and(eq(indicatorValues.indicatorId, indicators.id), eq(indicatorValues.fiscalYear, plan.startYear)))
    .where(and(eq(indicators.planId, plan.id), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  const months = db
    .select({ indicatorId: monthlyActuals.indicatorId, month: monthlyActuals.month, value: monthlyActuals.value })
    .from(monthlyActuals)
    .innerJoin(indicators, eq(indicators.id, monthlyActuals.indicatorId))
    .where(and(eq(indicators.planId, plan.id), eq(monthlyActuals.fiscalYear, plan.startYear)))
    .all();
  const secs = db
    .select({
      id: sections.id,
      number: sections.number,
      title: sections.title,
      kind: sections.kind,
      departmentId: sections.departmentId,
      departmentName: departments.name,
      status: selfAssessments.status,
      rating: selfAssessments.rating,
      narrative: selfAssessments.narrative,
      updatedAt: selfAssessments.updatedAt,
    })
    .from(sections)
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, plan.id), isNull(sections.deletedAt), inArray(sections.kind, ['narrative', 'initiative', 'preface'])))
    .orderBy(asc(sections.sortOrder), asc(sections.id))
    .all();
  const ops = db
    .select({
      id: opinions.id,
      departmentId: opinions.departmentId,
      departmentName: departments.name,
      sectionTitle: sections.title,
      text: opinions.text,
      finalizedAt: opinions.finalizedAt,
      response: opinionResponses.text,
      responseState: opinionResponses.state,
    })
    .from(opinions)
    .leftJoin(departments, eq(departments.id, opinions.departmentId))
    .leftJoin(sections, eq(sections.id, opinions.sectionId))
    .leftJoin(opinionResponses, eq(opinionResponses.opinionId, opinions.id))
    // drafts are their author's alone: never in an export
    .where(and(eq(opinions.planId, plan.id), eq(opinions.status, 'final')))
    .orderBy(asc(departments.sortOrder), asc(opinions.id))
    .all();
  return { indicators: inds, months, sections: secs, opinions: ops };
}

export type WorkbookData = ReturnType<typeof loadWorkbookData>;
