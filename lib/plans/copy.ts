// Copying last year's plan: the structure, indicators, owners and rating scale carry over;
// values start empty, and the source's actuals become the new year's prior-year values.
import type { PlanStructure, StructureIndicator, StructureSection } from './structure';
import { planYears } from './structure';

export type SourceSection = Omit<StructureSection, 'parentKey'> & { id: number; parentId: number | null };
export type SourceIndicator = Omit<StructureIndicator, 'sectionKey' | 'values'> & {
  sectionId: number | null;
  values: { fiscalYear: number; actualValue: number | null }[];
};
export type SourceFinancialLine = { sectionId: number | null; fiscalYear: number; name: string; amount: number | null; sortOrder: number };
export type SourcePlan = {
  startYear: number;
  endYear: number;
  /** Live (not deleted) rows only. */
  sections: SourceSection[];
  indicators: SourceIndicator[];
  financialLines: SourceFinancialLine[];
};

export function copyStructure(source: SourcePlan, target: { startYear: number; endYear: number }): PlanStructure {
  const years = planYears(target.startYear, target.endYear);
  const byId = new Map(source.sections.map((s) => [s.id, s]));
  // A section whose parent is gone (deleted) is left out with it.
  const reachable = (s: SourceSection): boolean => {
    const seen = new Set<number>();
    let cur: SourceSection | undefined = s;
    while (cur && cur.parentId !== null) {
      if (seen.has(cur.id)) return false;
      seen.add(cur.id);
      cur = byId.get(cur.parentId);
    }
    return cur !== undefined;
  };
  const kept = source.sections.filter(reachable);
  const keyOf = new Map(kept.map((s) => [s.id, s.key]));
  const sections: StructureSection[] = kept.map((s) => ({
    key: s.key,
    parentKey: s.parentId === null ? null : (keyOf.get(s.parentId) ?? null),
    number: s.number,
    title: s.title,
    kind: s.kind,
    departmentId: s.departmentId,
    sortOrder: s.sortOrder,
    tableSpec: s.tableSpec ?? null,
  }));

  const indicators: StructureIndicator[] = source.indicators
    .filter((ind) => ind.sectionId === null || keyOf.has(ind.sectionId))
    .map(({ sectionId, values, ...ind }) => {
      const actual = new Map(values.map((v) => [v.fiscalYear, v.actualValue]));
      return {
        ...ind,
        sectionKey: sectionId === null ? null : (keyOf.get(sectionId) ?? null),
        values: years.map((fiscalYear) => ({ fiscalYear, planValue: null, priorActualValue: actual.get(fiscalYear - 1) ?? null })),
      };
    });

  // The source's last year gives the lines; each new year's prior is the same line a year earlier.
  const lastLines = source.financialLines.filter((l) => l.fiscalYear === source.endYear).sort((a, b) => a.sortOrder - b.sortOrder);
  const amount = new Map(source.financialLines.map((l) => [`${l.fiscalYear}\u0000${l.name}`, l.amount]));
  const financialLines = years.flatMap((fiscalYear) =>
    lastLines.map((l, i) => ({
      sectionKey: l.sectionId === null ? null : (keyOf.get(l.sectionId) ?? null),
      fiscalYear,
      name: l.name,
      priorAmount: amount.get(`${fiscalYear - 1}\u0000${l.name}`) ?? null,
      sortOrder: i,
    })),
  );
  return { sections, indicators, financialLines };
}

/** Deadlines move with the plan: the same dates, `years` later. Invalid dates are dropped. */
export function shiftDate(date: string | null, years: number): string | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]) + years;
  const day = m[2] === '02' && m[3] === '29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '28' : m[3];
  return `${y}-${m[2]}-${day}`;
}
