// Loads a plan's report data and builds the document model (the one entry point for pages,
// downloads and tests).
import type { Db } from '@/db/open';
import { loadAnnualActuals, loadReportData, type ReportPlan } from '@/db/queries/report';
import { getReportSnapshot, saveReportSnapshot } from '@/db/queries/report-publish';
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

/**
 * The report of a plan as readers get it (page, CSV, xlsx, PDF). A published year comes from
 * its snapshot (lib/report and db/schema reportSnapshots): taken at publication, or, for a year
 * published before snapshots existed, now, once. Live data is only for years not published.
 */
export function reportDocFor(db: Db, plan: ReportPlan, opts: Omit<BuildOptions, 'annualActuals'> = {}): ReportDoc {
  if (plan.phase !== 'published') return buildReportForPlan(db, plan, opts);
  let doc = getReportSnapshot(db, plan.id) as ReportDoc | null;
  if (!doc) {
    doc = buildReportForPlan(db, plan);
    saveReportSnapshot(db, plan.id, doc);
  }
  return { ...doc, amendment: opts.amendment ?? null };
}

/** Takes the snapshot of a plan being published (inside the publishing transaction). */
export function takeReportSnapshot(db: Db, plan: ReportPlan): void {
  if (plan.phase !== 'published') throw new Error('a report snapshot is taken of a published plan');
  saveReportSnapshot(db, plan.id, buildReportForPlan(db, plan));
}
