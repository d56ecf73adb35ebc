// A large synthetic organisation for query-count tests and the benchmark: many fiscal years,
// each an annual plan with its sections, indicators (with monthly values), self-assessment
// revisions, committee opinions and responses. Deterministic (no Math.random) and fast:
// prepared statements in one transaction on the raw better-sqlite3 handle.
import type Database from 'better-sqlite3';
import { FISCAL_MONTHS } from '@/lib/domain/fiscal-year';

export type LargeSizes = {
  /** Fiscal years, each with one annual plan (the last one in progress, the others published). */
  years: number;
  sectionsPerYear: number;
  /** Indicators per plan; each has plan/actual values and monthly actuals. */
  indicators: number;
  /** Self-assessment revisions in total, spread over the sections. */
  revisions: number;
  /** Final committee opinions in total, spread over the plans; half have a response. */
  opinions: number;
  users: number;
  /** First fiscal year (default 2006, so 20 years end at 2025). */
  firstYear?: number;
  /** Months entered in the last (in-progress) year, from April (default 7). */
  monthsInLastYear?: number;
};

export const BENCH_SIZES: LargeSizes = {
  years: 20,
  sectionsPerYear: 60,
  indicators: 1_000,
  revisions: 20_000,
  opinions: 2_000,
  users: 300,
};

const DEPARTMENTS = ['企画部', '経理部', '保証部門', '経営支援部門', '期中管理部門', '回収部門', '総務部', 'システム部'];
const CORE = [
  { pair: 'guarantee_approvals', name: '保証承諾', aggregation: 'sum', direction: 'higher' },
  { pair: 'outstanding_guarantees', name: '保証債務残高', aggregation: 'end', direction: 'higher' },
  { pair: 'subrogation', name: '代位弁済', aggregation: 'sum', direction: 'lower' },
  { pair: 'recovery', name: '回収', aggregation: 'sum', direction: 'higher' },
] as const;
const STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;

/** Cheap deterministic noise in [0, 1). */
function noise(...parts: number[]): number {
  let h = 2166136261;
  for (const p of parts) {
    h ^= p;
    h = Math.imul(h, 16777619);
    h ^= h >>> 13;
  }
  return ((h >>> 0) % 10_000) / 10_000;
}

export type LargeDataset = { organisationId: number; planIds: number[]; years: number[]; lastYear: number; departmentIds: number[] };

/** Inserts the dataset into a migrated database; returns what a caller needs to query it. */
export function generateLarge(sqlite: Database.Database, sizes: LargeSizes): LargeDataset {
  const firstYear = sizes.firstYear ?? 2006;
  const monthsInLastYear = sizes.monthsInLastYear ?? 7;
  const q = {
    org: sqlite.prepare("insert into organisations (name, display_unit) values (?, 'oku')"),
    dept: sqlite.prepare('insert into departments (organisation_id, code, name, sort_order) values (?, ?, ?, ?)'),
    user: sqlite.prepare('insert into users (organisation_id, login_id, display_name, password_hash, role) values (?, ?, ?, ?, ?)'),
    userDept: sqlite.prepare('insert into user_departments (user_id, department_id) values (?, ?)'),
    plan: sqlite.prepare(
      "insert into plans (organisation_id, kind, title, start_year, end_year, phase, entry_deadline, is_demo_data) values (?, 'annual', ?, ?, ?, 'entry', ?, 1)",
    ),
    section: sqlite.prepare(
      'insert into sections (plan_id, parent_id, key, number, title, kind, department_id, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    indicator: sqlite.prepare(
      `insert into indicators (plan_id, section_id, code, name, unit, scale, direction, yen_precision, pair_key, measure, aggregation, sort_order)
       values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
    ),
    value: sqlite.prepare(
      'insert into indicator_values (indicator_id, fiscal_year, plan_value, actual_value, prior_actual_value) values (?, ?, ?, ?, ?)',
    ),
    month: sqlite.prepare('insert into monthly_actuals (indicator_id, fiscal_year, month, value) values (?, ?, ?, ?)'),
    assessment: sqlite.prepare('insert into self_assessments (section_id, narrative, status, version) values (?, ?, ?, ?)'),
    revision: sqlite.prepare('insert into self_assessment_revisions (self_assessment_id, version, narrative, status) values (?, ?, ?, ?)'),
    opinion: sqlite.prepare(
      "insert into opinions (plan_id, section_id, department_id, author_id, text, status, finalized_at) values (?, ?, ?, ?, ?, 'final', '2025-05-31T00:00:00.000Z')",
    ),
    response: sqlite.prepare('insert into opinion_responses (opinion_id, text, state) values (?, ?, ?)'),
    publish: sqlite.prepare("update plans set phase = 'published', published_at = '2025-06-30T00:00:00.000Z' where id = ?"),
  };
  const id = (r: Database.RunResult) => Number(r.lastInsertRowid);

  return sqlite.transaction((): LargeDataset => {
    const organisationId = id(q.org.run('大規模テスト信用保証協会'));
    const departmentIds = DEPARTMENTS.map((name, i) => id(q.dept.run(organisationId, `d${i}`, name, i)));
    const userIds: number[] = [];
    const committeeIds: number[] = [];
    for (let u = 0; u < sizes.users; u++) {
      const role = u === 0 ? 'admin' : u % 10 === 1 ? 'committee' : u % 10 === 2 ? 'manager' : 'staff';
      // Not a usable password: these accounts exist for the data's shape, not for logging in.
      const uid = id(q.user.run(organisationId, `large-${organisationId}-${u}`, `利用者${u}`, '!', role));
      userIds.push(uid);
      if (role === 'committee') committeeIds.push(uid);
      if (role === 'staff') q.userDept.run(uid, departmentIds[u % departmentIds.length]!);
    }
    if (committeeIds.length === 0) committeeIds.push(userIds[0]!);

    const years = Array.from({ length: sizes.years }, (_, i) => firstYear + i);
    const lastYear = years[years.length - 1]!;
    const planIds: number[] = [];
    const sectionIdsByPlan: number[][] = [];
    const assessmentIds: number[] = [];

    for (const year of years) {
      const planId = id(q.plan.run(organisationId, `${year}年度 経営計画`, year, year, `${year + 1}-04-30`));
      planIds.push(planId);
      const sectionIds: number[] = [];
      for (let s = 0; s < sizes.sectionsPerYear; s++) {
        const deptIndex = s % departmentIds.length;
        const kind = s === 0 ? 'preface' : s % 5 === 0 ? 'narrative' : 'initiative';
        const sid = id(q.section.run(planId, null, `s${s}`, String(s + 1), `重点課題 ${s + 1}`, kind, departmentIds[deptIndex]!, s));
        sectionIds.push(sid);
        const status = year === lastYear ? STATUSES[s % STATUSES.length]! : 'approved';
        assessmentIds.push(id(q.assessment.run(sid, `${year}年度の取組 ${s + 1}`, status, 1)));
      }
      sectionIdsByPlan.push(sectionIds);

      for (let n = 0; n < sizes.indicators; n++) {
        const core = n < CORE.length * 2 ? CORE[Math.floor(n / 2)] : undefined;
        const measure = core ? (n % 2 === 0 ? 'count' : 'amount') : null;
        const unit = core ? (measure === 'amount' ? 'yen' : 'cases') : n % 3 === 0 ? 'yen' : 'cases';
        const aggregation = core?.aggregation ?? (n % 7 === 0 ? 'end' : 'sum');
        const sectionId = sectionIds[core ? 0 : n % sectionIds.length]!;
        const code = core ? `${core.pair}_${measure}` : `indicator_${n}`;
        const iid = id(
          q.indicator.run(
            planId,
            sectionId,
            code,
            core ? core.name : `指標 ${n}`,
            unit,
            core?.direction ?? 'higher',
            unit === 'yen' ? 'oku' : 'yen',
            core?.pair ?? null,
            measure,
            aggregation,
            n,
          ),
        );
        const base = unit === 'yen' ? 100_000_000 * (100 + (n % 900)) : 1_000 + n;
        const annual = Math.round(base * (0.85 + 0.3 * noise(n, year)));
        const planValue = Math.round(base * (0.95 + 0.1 * noise(n, year, 1)));
        const prior = Math.round(base * (0.85 + 0.3 * noise(n, year - 1)));
        const entered = year === lastYear ? monthsInLastYear : 12;
        q.value.run(iid, year, planValue, year === lastYear ? null : annual, prior);
        for (let m = 0; m < entered; m++) {
          const v = aggregation === 'end' ? annual : Math.round(annual / 12);
          q.month.run(iid, year, FISCAL_MONTHS[m]!, v);
        }
      }
    }

    // Every saved version is a revision, as the app keeps them (version 1 included); each
    // assessment then carries its latest revision, so a first save in the bench or by hand
    // goes on from there.
    for (let r = 0; r < sizes.revisions; r++) {
      const aid = assessmentIds[r % assessmentIds.length]!;
      q.revision.run(aid, 1 + Math.floor(r / assessmentIds.length), `改訂 ${r}`, 'draft');
    }
    sqlite.exec(`update self_assessments set
        version = (select max(r.version) from self_assessment_revisions r where r.self_assessment_id = self_assessments.id),
        narrative = (select r.narrative from self_assessment_revisions r where r.self_assessment_id = self_assessments.id order by r.version desc limit 1)
      where id in (select self_assessment_id from self_assessment_revisions)`);
    for (let o = 0; o < sizes.opinions; o++) {
      const p = o % planIds.length;
      const sectionIds = sectionIdsByPlan[p]!;
      const s = o % sectionIds.length;
      const oid = id(
        q.opinion.run(
          planIds[p]!,
          sectionIds[s]!,
          departmentIds[s % departmentIds.length]!,
          committeeIds[o % committeeIds.length]!,
          `意見 ${o}`,
        ),
      );
      if (o % 2 === 0) q.response.run(oid, `対応 ${o}`, o % 4 === 0 ? 'done' : 'in_progress');
    }
    for (const planId of planIds.slice(0, -1)) q.publish.run(planId);
    return { organisationId, planIds, years, lastYear, departmentIds };
  })();
}
