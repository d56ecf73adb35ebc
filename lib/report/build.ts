// Loads a plan's report data and builds the document model (the one entry point for pages,
// downloads and tests).
import type { Db } from '@/db/open';
import { loadAnnualActuals, loadReportData, type ReportPlan } from '@/db/queries/report';
import { kpiPairs } from './tables';
import { buildReport, type BuildOptions, type ReportDoc } from './model';

export function buildReportForPlan(db: Db, plan: ReportPlan, opts: Omit<BuildOptions, 'annualActuals'> = {}): ReportDoc {
  const data = loadReportData(db, plan);
  const annualActuals =
    plan.kind === 'midterm'
      ? loadAnnualActuals(
          db,
          plan,
          kpiPairs(data.indicators).map((p) => p.amount.code),
        )
      : [];
  return buildReport(plan, data, { ...opts, annualActuals });
}
