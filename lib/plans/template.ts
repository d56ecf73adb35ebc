// The built-in "credit guarantee corporation standard" template, derived from the reference
// document's structure (db/seed/data/fy2024.ts): the six numbered sections and the preface,
// the four core KPIs (count and amount each) under 事業計画, the 決算概要 lines, and the
// department groups of 重点課題 (initiatives are each year's own, so none are included).
import { fy2024FinancialLines, fy2024Sections } from '@/db/seed/data/fy2024';
import type { SeedSection } from '@/db/seed/types';
import { DEFAULT_UNIT_SCALE } from '@/lib/domain/parse-number';
import type { PlanStructure, StructureIndicator, StructureSection } from './structure';
import { planYears } from './structure';

/** Which children of a top-level section the template keeps. */
function keepChild(parent: SeedSection, child: SeedSection): boolean {
  if (parent.key === 'business_plan' || parent.key === 'financial') return true;
  if (parent.key === 'priorities') return child.kind === 'heading';
  return false;
}

/**
 * @param departmentIdByCode the organisation's departments by code (企画部 = 'kikaku', …);
 *   a code the organisation does not have leaves the section without an owner.
 */
export function standardTemplate(
  years: { startYear: number; endYear: number },
  departmentIdByCode: ReadonlyMap<string, number>,
): PlanStructure {
  const fiscalYears = planYears(years.startYear, years.endYear);
  const sections: StructureSection[] = [];
  const indicators: StructureIndicator[] = [];
  const dept = (code: string) => departmentIdByCode.get(code) ?? null;

  const add = (node: SeedSection, parentKey: string | null, sortOrder: number) => {
    sections.push({
      key: node.key,
      parentKey,
      number: node.number,
      title: node.title,
      kind: node.kind,
      departmentId: dept(node.department),
      sortOrder,
      tableSpec: node.table ?? null,
    });
    for (const ind of node.indicators ?? []) {
      if (!ind.pairKey) continue;
      indicators.push({
        sectionKey: node.key,
        code: ind.code,
        name: ind.name,
        aliases: ind.aliases ?? [],
        unit: ind.unit,
        scale: ind.scale ?? DEFAULT_UNIT_SCALE[ind.unit],
        direction: ind.direction,
        ratioRounding: ind.ratioRounding ?? 'half_up',
        yenPrecision: ind.unit === 'yen' ? 'oku' : 'yen',
        pairKey: ind.pairKey,
        measure: ind.measure ?? null,
        aggregation: ind.aggregation,
        allowNegative: false,
        sortOrder: indicators.length,
        values: fiscalYears.map((fiscalYear) => ({ fiscalYear, planValue: null, priorActualValue: null })),
      });
    }
    (node.children ?? [])
      .filter((c) => keepChild(node, c))
      .forEach((c, i) => {
        add(c, node.key, i);
      });
  };
  fy2024Sections.forEach((node, i) => {
    add(node, null, i);
  });

  const financialLines = fiscalYears.flatMap((fiscalYear) =>
    fy2024FinancialLines.map((l, i) => ({ sectionKey: 'financial.table', fiscalYear, name: l.name, priorAmount: null, sortOrder: i })),
  );
  return { sections, indicators, financialLines };
}

/** A starting rating scale; each organisation edits it per plan. */
export const DEFAULT_RATING_SCALE: { grade: string; meaning: string }[] = [
  { grade: 'S', meaning: '計画を大きく上回った' },
  { grade: 'A', meaning: '計画を達成した' },
  { grade: 'B', meaning: '概ね計画どおり' },
  { grade: 'C', meaning: '計画を下回った' },
];
