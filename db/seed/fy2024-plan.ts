import * as s from '../schema';
import type { Db } from '../open';
import { synthesizeMonthly } from './data/monthly';
import type { SeedIndicator, SeedSection } from './types';

type Tree = { sections: Map<string, number>; indicators: Map<string, { id: number; seed: SeedIndicator }> };

/** FY2024 values, monthly actuals and approved self-assessments (the published narratives). */
export function fy2024FiscalData(
  tx: Db,
  tree: Tree,
  adminId: number,
  sectionsSeed: SeedSection[],
  monthly: (indicatorId: number, values: number[]) => void,
) {
  for (const [code, { id, seed }] of tree.indicators) {
    tx.insert(s.indicatorValues)
      .values({
        indicatorId: id,
        fiscalYear: 2024,
        planValue: seed.plan,
        actualValue: seed.actual,
        priorActualValue: seed.prior,
        updatedBy: adminId,
      })
      .run();
    if (seed.aggregation !== 'annual' && seed.actual != null)
      monthly(id, synthesizeMonthly(seed.actual, seed.aggregation, `fy2024:${code}`, { prior: seed.prior }));
  }
  const walk = (nodes: SeedSection[]) => {
    for (const node of nodes) {
      const sectionId = tree.sections.get(node.key);
      if (sectionId && node.narrative) {
        const sa = tx
          .insert(s.selfAssessments)
          .values({ sectionId, narrative: node.narrative, status: 'approved', updatedBy: adminId, updatedAt: '2025-04-30T00:00:00.000Z' })
          .returning({ id: s.selfAssessments.id })
          .get();
        tx.insert(s.selfAssessmentRevisions)
          .values({ selfAssessmentId: sa.id, version: 1, narrative: node.narrative, status: 'approved', authorId: adminId })
          .run();
      }
      walk(node.children ?? []);
    }
  };
  walk(sectionsSeed);
}
