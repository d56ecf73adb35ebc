// Loads the demo: the FY2024 reference document as published data, FY2023 actuals behind its
// year-on-year ratios, and FY2025 as a year in progress. Runs in one transaction.
import { eq } from 'drizzle-orm';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '../open';
import * as s from '../schema';
import { fy2024FiscalData } from './fy2024-plan';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_DEPARTMENTS } from './departments';
import { committeeMembers, fy2024FinancialLines, fy2024OpinionGroups, fy2024Sections, organisationName, reportTitle } from './data/fy2024';
import { fy2025DraftNarratives, fy2025MonthlyActuals, fy2025Plan } from './data/fy2025';
import { synthesizeMonthly } from './data/monthly';
import { FISCAL_MONTHS } from '@/lib/domain/fiscal-year';
import type { DeptCode, SeedIndicator, SeedSection } from './types';

type Tx = Db;
type Ctx = { tx: Tx; dept: Map<DeptCode, number> };

export function isSeeded(db: Db): boolean {
  return db.select({ id: s.organisations.id }).from(s.organisations).limit(1).get() !== undefined;
}

/** Inserts a section tree; returns section ids and the indicators of each, by key/code. */
function insertTree(
  ctx: Ctx,
  planId: number,
  tree: SeedSection[],
  parentId: number | null,
  out: { sections: Map<string, number>; indicators: Map<string, { id: number; seed: SeedIndicator }> },
) {
  tree.forEach((node, i) => {
    const row = ctx.tx
      .insert(s.sections)
      .values({
        planId,
        parentId,
        key: node.key,
        number: node.number,
        title: node.title,
        kind: node.kind,
        departmentId: ctx.dept.get(node.department) ?? null,
        sortOrder: i,
        tableSpec: node.table ?? null,
      })
      .returning({ id: s.sections.id })
      .get();
    out.sections.set(node.key, row.id);
    (node.indicators ?? []).forEach((ind, j) => {
      const created = ctx.tx
        .insert(s.indicators)
        .values({
          planId,
          sectionId: row.id,
          code: ind.code,
          name: ind.name,
          aliases: ind.aliases ?? [],
          unit: ind.unit,
          scale: ind.scale ?? 0,
          direction: ind.direction,
          ratioRounding: ind.ratioRounding ?? 'half_up',
          yenPrecision: ind.unit === 'yen' ? 'oku' : 'yen',
          pairKey: ind.pairKey ?? null,
          measure: ind.measure ?? null,
          aggregation: ind.aggregation,
          sortOrder: out.indicators.size + j,
        })
        .returning({ id: s.indicators.id })
        .get();
      out.indicators.set(ind.code, { id: created.id, seed: ind });
    });
    insertTree(ctx, planId, node.children ?? [], row.id, out);
  });
}

function insertMonthly(tx: Tx, indicatorId: number, fiscalYear: number, values: number[]) {
  values.forEach((value, i) => {
    tx.insert(s.monthlyActuals).values({ indicatorId, fiscalYear, month: FISCAL_MONTHS[i]!, value }).run();
  });
}

function createPlan(tx: Tx, organisationId: number, year: number, title: string, extra: Partial<typeof s.plans.$inferInsert> = {}) {
  return tx
    .insert(s.plans)
    .values({ organisationId, kind: 'annual', title, startYear: year, endYear: year, phase: 'entry', numbering: ['arabic_dot'], ...extra })
    .returning({ id: s.plans.id })
    .get().id;
}

export function seedDemo(db: Db): void {
  const hash = hashPassword(DEMO_PASSWORD);
  db.transaction((tx) => {
    const org = tx
      .insert(s.organisations)
      .values({
        name: organisationName,
        shortName: organisationName,
        selfName: '当協会',
        headingDigits: 'full',
        displayUnit: 'oku',
        isDemo: true,
      })
      .returning({ id: s.organisations.id })
      .get();
    const dept = new Map<DeptCode, number>();
    DEMO_DEPARTMENTS.forEach((d, i) => {
      const row = tx
        .insert(s.departments)
        .values({ organisationId: org.id, code: d.code, name: d.name, sortOrder: i })
        .returning({ id: s.departments.id })
        .get();
      dept.set(d.code, row.id);
    });
    const ctx: Ctx = { tx, dept };

    const userIds = new Map<string, number>();
    for (const a of DEMO_ACCOUNTS) {
      const u = tx
        .insert(s.users)
        .values({ organisationId: org.id, loginId: a.loginId, displayName: a.displayName, passwordHash: hash, role: a.role })
        .returning({ id: s.users.id })
        .get();
      userIds.set(a.loginId, u.id);
      for (const code of a.departments)
        tx.insert(s.userDepartments)
          .values({ userId: u.id, departmentId: dept.get(code)! })
          .run();
    }
    const committeeUsers = DEMO_ACCOUNTS.filter((a) => a.role === 'committee').map((a) => userIds.get(a.loginId)!);
    committeeMembers.forEach((m, i) => {
      tx.insert(s.committeeMembers)
        .values({
          organisationId: org.id,
          name: m.name,
          affiliation: m.affiliation,
          title: m.title,
          sortOrder: i,
          userId: committeeUsers[i] ?? null,
        })
        .run();
    });
    const adminId = userIds.get('admin')!;

    // FY2023: actuals only (the prior-year values of FY2024), published.
    const p23 = createPlan(tx, org.id, 2023, '令和5年度 経営計画', { isDemoData: true, documentTitle: '令和５年度 経営計画の評価' });
    const t23 = { sections: new Map<string, number>(), indicators: new Map<string, { id: number; seed: SeedIndicator }>() };
    insertTree(ctx, p23, fy2024Sections, null, t23);
    for (const { id, seed } of t23.indicators.values()) {
      tx.insert(s.indicatorValues).values({ indicatorId: id, fiscalYear: 2023, actualValue: seed.prior }).run();
    }
    fy2024FinancialLines.forEach((l, i) => {
      tx.insert(s.financialLines)
        .values({
          planId: p23,
          sectionId: t23.sections.get('financial.table') ?? null,
          fiscalYear: 2023,
          name: l.name,
          amount: l.prior,
          sortOrder: i,
        })
        .run();
    });

    // FY2024: the reference document.
    const p24 = createPlan(tx, org.id, 2024, '令和6年度 経営計画', {
      documentTitle: reportTitle,
      entryDeadline: '2025-04-30',
      reviewDeadline: '2025-05-31',
      publishDeadline: '2025-06-30',
    });
    const t24 = { sections: new Map<string, number>(), indicators: new Map<string, { id: number; seed: SeedIndicator }>() };
    insertTree(ctx, p24, fy2024Sections, null, t24);
    fy2024FiscalData(tx, t24, adminId, fy2024Sections, (id, values) => insertMonthly(tx, id, 2024, values));
    fy2024FinancialLines.forEach((l, i) => {
      tx.insert(s.financialLines)
        .values({
          planId: p24,
          sectionId: t24.sections.get('financial.table') ?? null,
          fiscalYear: 2024,
          name: l.name,
          amount: l.amount,
          priorAmount: l.prior,
          sortOrder: i,
        })
        .run();
    });
    fy2024OpinionGroups.forEach((g, gi) => {
      const departmentId = dept.get(g.department) ?? null;
      const sectionId = g.sectionKey ? (t24.sections.get(g.sectionKey) ?? null) : null;
      const compilation = tx
        .insert(s.opinionCompilations)
        .values({
          planId: p24,
          heading: g.heading,
          departmentId,
          body: g.bullets.map((b) => `・${b}`).join('\n'),
          sortOrder: gi,
          updatedBy: adminId,
        })
        .returning({ id: s.opinionCompilations.id })
        .get();
      g.bullets.forEach((text, bi) => {
        const authorId = committeeUsers[(gi + bi) % committeeUsers.length]!;
        const op = tx
          .insert(s.opinions)
          .values({ planId: p24, sectionId, departmentId, authorId, text, status: 'final', finalizedAt: '2025-05-31T00:00:00.000Z' })
          .returning({ id: s.opinions.id })
          .get();
        tx.insert(s.compilationSources).values({ compilationId: compilation.id, opinionId: op.id }).run();
      });
    });

    // FY2025: the year in progress.
    const p25 = createPlan(tx, org.id, 2025, '令和7年度 経営計画', {
      documentTitle: '令和７年度 経営計画の評価',
      isDemoData: true,
      entryDeadline: '2026-04-30',
      reviewDeadline: '2026-05-31',
      publishDeadline: '2026-06-30',
    });
    const t25 = { sections: new Map<string, number>(), indicators: new Map<string, { id: number; seed: SeedIndicator }>() };
    insertTree(ctx, p25, fy2024Sections, null, t25);
    for (const [code, { id, seed }] of t25.indicators) {
      tx.insert(s.indicatorValues)
        .values({ indicatorId: id, fiscalYear: 2025, planValue: fy2025Plan[code] ?? null, priorActualValue: seed.actual })
        .run();
      if (seed.aggregation !== 'annual') insertMonthly(tx, id, 2025, fy2025MonthlyActuals(code, seed.aggregation, seed.actual));
    }
    for (const [key, narrative] of Object.entries(fy2025DraftNarratives)) {
      const sectionId = t25.sections.get(key);
      if (!sectionId) continue;
      const sa = tx
        .insert(s.selfAssessments)
        .values({ sectionId, narrative, status: 'draft', updatedBy: adminId })
        .returning({ id: s.selfAssessments.id })
        .get();
      tx.insert(s.selfAssessmentRevisions)
        .values({ selfAssessmentId: sa.id, version: 1, narrative, status: 'draft', authorId: adminId })
        .run();
    }

    const publishedAt = '2025-06-30T00:00:00.000Z';
    for (const id of [p23, p24]) tx.update(s.plans).set({ phase: 'published', publishedAt }).where(eq(s.plans.id, id)).run();
    tx.insert(s.auditLog)
      .values({
        userId: null,
        action: 'seed.demo',
        entityType: 'organisation',
        entityId: String(org.id),
        after: { plans: [2023, 2024, 2025] },
      })
      .run();
  });
}

export { synthesizeMonthly };
