// What the year's workbook (/years/<y>/workbook.xlsx) lists: every indicator with its figures and
// months, every section with its self-assessment, every final opinion with its response.
import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../open';
import { departments, indicators, indicatorValues, monthlyActuals, opinionResponses, opinions, sections, selfAssessments } from '../schema';

/** Every year of the plan (one for an annual plan, three for a mid-term one). */
export function loadWorkbookData(db: Db, plan: { id: number; startYear: number; endYear: number }) {
  const rows = db
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
      fiscalYear: indicatorValues.fiscalYear,
      planValue: indicatorValues.planValue,
      actualValue: indicatorValues.actualValue,
      priorActualValue: indicatorValues.priorActualValue,
    })
    .from(indicators)
    .leftJoin(sections, eq(sections.id, indicators.sectionId))
    .leftJoin(departments, eq(departments.id, sections.departmentId))
    .leftJoin(
      indicatorValues,
      and(
        eq(indicatorValues.indicatorId, indicators.id),
        gte(indicatorValues.fiscalYear, plan.startYear),
        lte(indicatorValues.fiscalYear, plan.endYear),
      ),
    )
    .where(and(eq(indicators.planId, plan.id), isNull(indicators.deletedAt)))
    .orderBy(asc(indicators.sortOrder), asc(indicators.id))
    .all();
  // One entry per indicator, its figures by year.
  type Figures = { planValue: number | null; actualValue: number | null; priorActualValue: number | null };
  const byId = new Map<number, Omit<(typeof rows)[number], 'fiscalYear' | keyof Figures> & { years: Record<number, Figures> }>();
  for (const { fiscalYear, planValue, actualValue, priorActualValue, ...ind } of rows) {
    const entry = byId.get(ind.id) ?? { ...ind, years: {} };
    if (fiscalYear !== null) entry.years[fiscalYear] = { planValue, actualValue, priorActualValue };
    byId.set(ind.id, entry);
  }
  const inds = [...byId.values()];
  const months = db
    .select({
      indicatorId: monthlyActuals.indicatorId,
      fiscalYear: monthlyActuals.fiscalYear,
      month: monthlyActuals.month,
      value: monthlyActuals.value,
    })
    .from(monthlyActuals)
    .innerJoin(indicators, eq(indicators.id, monthlyActuals.indicatorId))
    .where(
      and(eq(indicators.planId, plan.id), gte(monthlyActuals.fiscalYear, plan.startYear), lte(monthlyActuals.fiscalYear, plan.endYear)),
    )
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
    // every section that carries a self-assessment, whatever its kind (a table section has its paragraphs too)
    .where(
      and(
        eq(sections.planId, plan.id),
        isNull(sections.deletedAt),
        or(inArray(sections.kind, ['narrative', 'initiative', 'preface']), isNotNull(selfAssessments.id)),
      ),
    )
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
