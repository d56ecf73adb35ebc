// The shape of a new plan's contents, independent of where it came from (empty, the built-in
// template, a copy of another plan). Built by pure functions, written by insertPlanStructure.
import type { TableSpec } from '@/lib/domain/table-spec';
import type { Direction, IndicatorUnit, RatioRounding, SectionKind, YenPrecision } from '@/lib/domain/types';

export type StructureSection = {
  key: string;
  parentKey: string | null;
  number: string;
  title: string;
  kind: SectionKind;
  departmentId: number | null;
  sortOrder: number;
  /** A table section's spec (title, columns, note, unit, row order); absent or null: the default. */
  tableSpec?: TableSpec | null;
};

export type StructureValue = { fiscalYear: number; planValue: number | null; priorActualValue: number | null };

export type StructureIndicator = {
  sectionKey: string | null;
  code: string;
  name: string;
  aliases: string[];
  unit: IndicatorUnit;
  scale: number;
  direction: Direction;
  ratioRounding: RatioRounding;
  yenPrecision: YenPrecision;
  pairKey: string | null;
  measure: 'count' | 'amount' | null;
  aggregation: 'sum' | 'end' | 'annual' | 'ratio';
  /** A ratio's parts by code (codes carry over to a copied plan; ids do not). */
  numeratorCode?: string | null;
  denominatorCode?: string | null;
  allowNegative: boolean;
  sortOrder: number;
  /** One per fiscal year of the plan. */
  values: StructureValue[];
};

export type StructureFinancialLine = {
  sectionKey: string | null;
  fiscalYear: number;
  name: string;
  priorAmount: number | null;
  sortOrder: number;
};

export type PlanStructure = {
  sections: StructureSection[];
  indicators: StructureIndicator[];
  financialLines: StructureFinancialLine[];
};

export const EMPTY_STRUCTURE: PlanStructure = { sections: [], indicators: [], financialLines: [] };

/** The fiscal years a plan covers: one for an annual plan, three for a mid-term plan. */
export function planYears(startYear: number, endYear: number): number[] {
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  return years;
}
