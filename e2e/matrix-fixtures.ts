// Fixtures of the authorization matrix: for each (row, state) a fresh target record, written
// straight into data/matrix.db from the test process (WAL, busy timeout: the server tolerates
// it), and the valid input that calls the action or route on it. Fresh rows per cell, so an
// allowed cell's write never changes what the next cell sees.
import Database from 'better-sqlite3';
import { dataChecksums } from './db';
import { MATRIX_DB } from './matrix-server';
import { type MatrixRole, ROLE_LOGIN, type StateName } from './authz-expectations';
import bcrypt from 'bcryptjs';

type Phase = 'planning' | 'entry' | 'review' | 'published';
type Status = 'draft' | 'submitted' | 'returned' | 'approved';

export const DEMO_PASSWORD = 'hyoka-demo-2024';

/** Not compared: the append-only audit log (checked separately) and login bookkeeping. */

/** Who calls: the role and, when signed in, its user. */
export type Caller = { role: MatrixRole; login: string | null; userId: number | null };

export type ActionCallSpec = { kind: 'action'; args: unknown[] };
export type RouteCallSpec = { kind: 'route'; method: 'GET' | 'POST'; path: string; upload?: boolean };
export type CallSpec = ActionCallSpec | RouteCallSpec;

/** The password the changePassword cells start from (then change back to the demo one). */
const MATRIX_PASSWORD = 'matrix-Kq2 current pass';

export class MatrixDb {
  readonly sqlite: Database.Database;
  private n = 0;
  readonly org: number;
  readonly dept: Record<string, number>;
  readonly users: Record<string, number>;

  constructor(file = MATRIX_DB) {
    this.sqlite = new Database(file, { fileMustExist: true });
    this.sqlite.pragma('journal_mode = WAL');
    this.sqlite.pragma('busy_timeout = 5000');
    this.sqlite.pragma('foreign_keys = ON');
    this.org = (this.sqlite.prepare('select id from organisations order by id limit 1').get() as { id: number }).id;
    this.dept = Object.fromEntries(
      (this.sqlite.prepare('select code, id from departments').all() as { code: string; id: number }[]).map((d) => [d.code, d.id]),
    );
    this.users = Object.fromEntries(
      (this.sqlite.prepare('select login_id, id from users').all() as { login_id: string; id: number }[]).map((u) => [u.login_id, u.id]),
    );
  }

  close() {
    this.sqlite.close();
  }

  /** Every table's checksum except the append-only audit log and login bookkeeping. */
  checksum(): Record<string, string> {
    return dataChecksums(this.sqlite);
  }

  auditMax(): number {
    return (this.sqlite.prepare('select coalesce(max(id), 0) as n from audit_log').get() as { n: number }).n;
  }

  private next() {
    return ++this.n;
  }

  private run(sql: string, ...args: unknown[]): number {
    return Number(this.sqlite.prepare(sql).run(...args).lastInsertRowid);
  }

  get<T>(sql: string, ...args: unknown[]): T {
    return this.sqlite.prepare(sql).get(...args) as T;
  }

  /**
   * A plan of its own in `phase`. A published plan is built in review and published last: the
   * triggers refuse inserts into a published plan, from this process too.
   */
  plan<T>(phase: Phase, build: (p: { id: number; year: number }) => T): T & { planId: number; year: number } {
    const n = this.next();
    const year = 2040 + (n % 50); // never 2023–2026 (the demo's years), nor createPlan's 2095–2100
    return this.sqlite.transaction(() => {
      const id = this.run(
        `insert into plans (organisation_id, kind, title, start_year, end_year, phase, rating_scale) values (?, 'annual', ?, ?, ?, ?, ?)`,
        this.org,
        `行列テスト計画 ${n}`,
        year,
        year,
        phase === 'published' ? 'review' : phase,
        JSON.stringify([
          { grade: 'A', meaning: '計画を上回った' },
          { grade: 'B', meaning: '概ね計画どおり' },
        ]),
      );
      const out = build({ id, year });
      if (phase === 'published')
        this.sqlite
          .prepare(`update plans set phase = 'published', published_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') where id = ?`)
          .run(id);
      return { ...out, planId: id, year };
    })();
  }

  organisationVersion(): number {
    return this.get<{ version: number }>('select version from organisations order by id limit 1').version;
  }

  planVersion(planId: number): number {
    return this.get<{ version: number }>('select version from plans where id = ?', planId).version;
  }

  section(planId: number, o: { dept?: string | null; number?: string; deleted?: boolean; kind?: string } = {}): number {
    const n = this.next();
    const dept = o.dept === undefined ? 'hosho' : o.dept;
    return this.run(
      `insert into sections (plan_id, parent_id, key, number, title, kind, department_id, sort_order, deleted_at) values (?, null, ?, ?, ?, ?, ?, ?, ?)`,
      planId,
      `matrix.${n}`,
      o.number ?? '',
      `行列テスト節 ${n}`,
      o.kind ?? 'narrative',
      dept === null ? null : this.dept[dept],
      n,
      o.deleted ? new Date().toISOString() : null,
    );
  }

  /** A self-assessment with `versions` revisions (the current one is the last). */
  assessment(sectionId: number, status: Status, versions = 2): { id: number; version: number } {
    const id = this.run(
      `insert into self_assessments (section_id, narrative, status, version, updated_by) values (?, ?, ?, ?, ?)`,
      sectionId,
      `自己評価 第${versions}版`,
      status,
      versions,
      this.users.admin,
    );
    for (let v = 1; v <= versions; v++) {
      this.run(
        `insert into self_assessment_revisions (self_assessment_id, version, narrative, status, author_id) values (?, ?, ?, ?, ?)`,
        id,
        v,
        `自己評価 第${v}版`,
        v === versions ? status : 'draft',
        this.users.admin,
      );
    }
    return { id, version: versions };
  }

  indicator(planId: number, sectionId: number, year: number): { id: number; code: string } {
    const code = `matrix_${this.next()}`;
    const id = this.run(
      `insert into indicators (plan_id, section_id, code, name, unit, aggregation) values (?, ?, ?, ?, 'cases', 'sum')`,
      planId,
      sectionId,
      code,
      `行列テスト指標 ${code}`,
    );
    this.run(`insert into indicator_values (indicator_id, fiscal_year, plan_value, version) values (?, ?, 100, 1)`, id, year);
    return { id, code };
  }

  financialLine(planId: number, year: number): number {
    const n = this.next();
    return this.run(
      `insert into financial_lines (plan_id, fiscal_year, name, sort_order) values (?, ?, ?, ?)`,
      planId,
      year,
      `行列テスト行 ${n}`,
      n,
    );
  }

  compilation(planId: number): number {
    const n = this.next();
    return this.run(
      `insert into opinion_compilations (plan_id, heading, body, sort_order, updated_by) values (?, ?, ?, ?, ?)`,
      planId,
      `見出し ${n}`,
      `・意見 ${n}`,
      n,
      this.users.admin,
    );
  }

  opinion(planId: number, sectionId: number, author: string, status: 'draft' | 'final'): { id: number; version: number } {
    const id = this.run(
      `insert into opinions (plan_id, section_id, department_id, author_id, text, status, finalized_at) values (?, ?, ?, ?, ?, ?, ?)`,
      planId,
      sectionId,
      this.dept.hosho,
      this.users[author],
      `行列テストの意見 ${this.next()}`,
      status,
      status === 'final' ? new Date().toISOString() : null,
    );
    return { id, version: 1 };
  }

  note(indicatorId: number, year: number, author: string): number {
    return this.run(
      `insert into indicator_notes (indicator_id, fiscal_year, month, text, author_id) values (?, ?, 4, ?, ?)`,
      indicatorId,
      year,
      `行列テストのメモ ${this.next()}`,
      this.users[author],
    );
  }

  department(): number {
    const n = this.next();
    return this.run(
      `insert into departments (organisation_id, code, name, sort_order) values (?, ?, ?, ?)`,
      this.org,
      `matrix-${n}`,
      `行列テスト部 ${n}`,
      1000 + n,
    );
  }

  committeeMember(): number {
    const n = this.next();
    return this.run(
      `insert into committee_members (organisation_id, name, sort_order) values (?, ?, ?)`,
      this.org,
      `行列テスト委員 ${n}`,
      1000 + n,
    );
  }

  /** An account that never did anything (deleteUser accepts only those). */
  user(): number {
    const n = this.next();
    return this.run(
      `insert into users (organisation_id, login_id, display_name, password_hash, role) values (?, ?, ?, 'x', 'staff')`,
      this.org,
      `matrix-user-${n}`,
      `行列テスト ${n}`,
    );
  }

  /** A demo indicator of 保証部門 counted in cases, for the workbook import. */
  demoIndicatorCode(year: number): string {
    return this.get<{ code: string }>(
      `select i.code from indicators i join sections s on s.id = i.section_id join plans p on p.id = i.plan_id
       where p.kind = 'annual' and p.start_year = ? and s.department_id = ? and i.unit = 'cases' and i.deleted_at is null order by i.id limit 1`,
      year,
      this.dept.hosho,
    ).code;
  }

  unique(): number {
    return this.next();
  }
}

const act = (...args: unknown[]): ActionCallSpec => ({ kind: 'action', args });
const get = (path: string): RouteCallSpec => ({ kind: 'route', method: 'GET', path });
/** The opinion states are in review: the committee writes opinions on a year put to them. */
const REVIEW_STATES: ReadonlySet<StateName> = new Set(['review', 'new', 'ownDraft', 'otherDraft', 'ownFinal']);
const phaseOf = (state: StateName): Phase =>
  state === 'published' || state === 'publishedYear'
    ? 'published'
    : REVIEW_STATES.has(state)
      ? 'review'
      : state === 'planning'
        ? 'planning'
        : 'entry';
const yearOf = (state: StateName) => (state === 'publishedYear' ? 2024 : 2025);
const months = () => Array<string>(12).fill('');

type Build = (db: MatrixDb, state: StateName, caller: Caller) => CallSpec;

/** A plan with one section of 保証部門 carrying one indicator. */
const withIndicator = (db: MatrixDb, state: StateName) =>
  db.plan(phaseOf(state), (p) => {
    const sectionId = db.section(p.id);
    return { sectionId, indicator: db.indicator(p.id, sectionId, p.year) };
  });

/** A 保証部門 section whose self-assessment is in `status` (2 versions). */
function withAssessment(db: MatrixDb, state: StateName, publishedStatus: Status) {
  const status: Status = state === 'published' ? publishedStatus : (state as Status);
  return db.plan(phaseOf(state), (p) => {
    const sectionId = db.section(p.id);
    return { sectionId, assessment: db.assessment(sectionId, status) };
  });
}

/** An opinion for the opinion states: whose, draft or final, in which phase. */
function withOpinion(db: MatrixDb, state: StateName) {
  const [author, status] =
    state === 'otherDraft' ? ['committee2', 'draft'] : state === 'ownFinal' ? ['committee1', 'final'] : ['committee1', 'draft'];
  return db.plan(phaseOf(state), (p) => {
    const sectionId = db.section(p.id);
    return { sectionId, opinion: db.opinion(p.id, sectionId, author, status as 'draft' | 'final') };
  });
}

const ACTUALS = 'lib/actions/actuals.ts';
const IND = 'lib/actions/admin-indicators.ts';
const SEC = 'lib/actions/admin-sections.ts';
const TABLES = 'lib/actions/admin-tables.ts';
const ORG = 'lib/actions/admin-org.ts';
const PEOPLE = 'lib/actions/admin-people.ts';
const ORGANISATION = 'lib/actions/admin-organisation.ts';
const ASSESS = 'lib/actions/assessments.ts';
const OPIN = 'lib/actions/opinions.ts';
const COMP = 'lib/actions/compilation.ts';

/** How to call each row's action or route in a given state. Keys match EXPECTATIONS. */
export const SCENARIOS: Record<string, Build> = {
  [`${ACTUALS}#saveIndicatorActuals`]: (db, state) => {
    const f = withIndicator(db, state);
    return act({ indicatorId: f.indicator.id, baseVersion: 1, actual: '1,234', prior: '', monthly: months() });
  },
  [`${ACTUALS}#importActuals`]: (db, state) => {
    const year = yearOf(state);
    // Confirmed: the cell tests who may import, not the warning about a published year's 前年度実績.
    return act({
      year,
      confirmPublishedPrior: true,
      rows: [{ row: 2, code: db.demoIndicatorCode(year), actual: '1,234', prior: '', monthly: months() }],
    });
  },

  [`${IND}#saveIndicator`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ sectionId: db.section(p.id) }));
    return act({
      planId: f.planId,
      sectionId: f.sectionId,
      code: '',
      name: '行列テストで追加する指標',
      unit: 'cases',
      scale: 0,
      direction: 'higher',
      yenPrecision: 'yen',
      aggregation: 'sum',
      pairKey: '',
      measure: null,
      allowNegative: false,
      planValues: [{ fiscalYear: f.year, text: '120' }],
    });
  },
  [`${IND}#deleteIndicator`]: (db, state) => act({ id: withIndicator(db, state).indicator.id }),
  [`${IND}#saveFinancialLine`]: (db, state) => {
    const f = db.plan(phaseOf(state), () => ({}));
    return act({ planId: f.planId, fiscalYear: f.year, name: `追加する行 ${db.unique()}`, sectionId: null, priorAmount: '' });
  },
  [`${IND}#moveFinancialLine`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ first: db.financialLine(p.id, p.year), second: db.financialLine(p.id, p.year) }));
    return act({ id: f.first, move: 'down' });
  },
  [`${IND}#removeFinancialLine`]: (db, state) =>
    act({ id: db.plan(phaseOf(state), (p) => ({ line: db.financialLine(p.id, p.year) })).line }),

  [`${SEC}#addSection`]: (db, state) => {
    const f = db.plan(phaseOf(state), () => ({}));
    return act({ planId: f.planId, parentId: null, number: '', title: '追加する節', kind: 'narrative', departmentId: null });
  },
  [`${SEC}#updateSection`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ sectionId: db.section(p.id) }));
    return act({ sectionId: f.sectionId, number: '', title: '改題した節', kind: 'narrative', departmentId: db.dept.hosho });
  },
  [`${TABLES}#saveTableSpec`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ sectionId: db.section(p.id, { kind: 'financial_table' }) }));
    const spec = { title: '', stubLabel: '項目', columns: [{ key: 'amount', label: '金額' }], note: '', unit: null, rowOrder: [] };
    return act({ sectionId: f.sectionId, base: 'null', spec });
  },
  [`${SEC}#moveSection`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ first: db.section(p.id), second: db.section(p.id) }));
    return act({ sectionId: f.first, move: 'down' });
  },
  [`${SEC}#renumberSections`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ a: db.section(p.id, { number: '5' }), b: db.section(p.id, { number: '9' }) }));
    return act({ planId: f.planId, parentId: null });
  },
  [`${SEC}#deleteSection`]: (db, state) => act({ sectionId: db.plan(phaseOf(state), (p) => ({ s: db.section(p.id) })).s, confirmed: true }),
  [`${SEC}#restoreSection`]: (db, state) =>
    act({ sectionId: db.plan(phaseOf(state), (p) => ({ s: db.section(p.id, { deleted: true }) })).s }),

  // 2095–2100: one year per cell of its own, so that a wrongly allowed cell cannot turn the
  // admin's allowed one into a duplicate.
  'lib/actions/admin-plans.ts#createPlan': (db, _state, caller) =>
    act({
      kind: 'annual',
      startYear: 2095 + ['anonymous', 'staffOwn', 'staffOther', 'committee', 'manager', 'admin'].indexOf(caller.role),
      title: '行列テストで作る計画',
      source: 'empty',
    }),
  'lib/actions/admin-plans.ts#updatePlan': (db, state) => {
    const f = db.plan(phaseOf(state), () => ({}));
    return act({
      planId: f.planId,
      version: db.planVersion(f.planId),
      title: '改題した計画',
      startYear: f.year,
      ratingScale: [{ grade: 'A', meaning: '計画を上回った' }],
      independentReview: false,
      entryDeadline: '',
      reviewDeadline: '',
      publishDeadline: '',
    });
  },
  'lib/actions/admin-phases.ts#changePhase': (db, state) => {
    const f = db.plan(phaseOf(state), () => ({}));
    return state === 'published'
      ? act({ planId: f.planId, from: 'review', to: 'entry', confirmed: true })
      : act({ planId: f.planId, from: 'entry', to: 'review', confirmed: true });
  },
  [`${OPIN}#setIndependentReview`]: (db, state) => {
    const f = db.plan(phaseOf(state), () => ({}));
    return act({ planId: f.planId, enabled: true, version: db.planVersion(f.planId) });
  },
  'lib/actions/publish.ts#publishYear': (db, state) => act({ planId: db.plan(phaseOf(state), () => ({})).planId }),
  'lib/actions/publish.ts#unlockYear': (db, state) =>
    act({ planId: db.plan(phaseOf(state), () => ({})).planId, reason: '行列テストの訂正' }),

  [`${ORG}#saveDepartment`]: (db) => {
    const n = db.unique();
    return act({ code: `matrix-new-${n}`, name: `行列テストで作る部 ${n}` });
  },
  [`${ORG}#moveDepartment`]: (db) => act({ id: db.department(), move: 'up' }),
  [`${ORG}#removeDepartment`]: (db) => act({ id: db.department() }),
  [`${ORG}#saveCommitteeMember`]: () => act({ name: '行列テストで作る委員', affiliation: '', title: '', userId: null }),
  [`${ORG}#moveCommitteeMember`]: (db) => act({ id: db.committeeMember(), move: 'up' }),
  [`${ORG}#removeCommitteeMember`]: (db) => act({ id: db.committeeMember() }),
  [`${ORGANISATION}#updateOrganisation`]: (db) =>
    act({
      version: db.organisationVersion(),
      name: '行列テストの協会',
      shortName: '行列テスト',
      selfName: '当協会',
      displayUnit: 'oku',
      eraStyle: 'wareki',
      headingDigits: 'full',
      headingPlan: ' （計画 {plan}）',
    }),
  [`${ORGANISATION}#updateRosterFormat`]: (db) =>
    act({ version: db.organisationVersion(), member: '{affiliation}{title} {name}', separator: '、', wrapper: '委員：{members}' }),
  'lib/actions/admin-sentences.ts#updateFigureSentenceWording': (db) =>
    act({ version: db.organisationVersion(), yearEnd: '{name}は{actual}でした。', toDate: '{name}は{asOf}で{actual}です。' }),
  [`${PEOPLE}#createUser`]: (db) =>
    act({
      loginId: `matrix-new-${db.unique()}`,
      displayName: '行列テストで作る人',
      role: 'staff',
      departmentIds: [db.dept.hosho],
      password: 'matrix-password-1',
    }),
  [`${PEOPLE}#updateUser`]: (db) =>
    act({ userId: db.user(), displayName: '改名した人', role: 'staff', departmentIds: [db.dept.shien], active: true }),
  [`${PEOPLE}#resetPassword`]: (db) => act({ userId: db.user(), password: 'matrix-password-2' }),
  [`${PEOPLE}#deleteUser`]: (db) => act({ userId: db.user() }),

  [`${ASSESS}#saveAssessment`]: (db, state) => {
    const f = withAssessment(db, state, 'draft');
    return act({ sectionId: f.sectionId, baseVersion: f.assessment.version, narrative: '書き直した自己評価', rating: 'A' });
  },
  [`${ASSESS}#submitAssessment`]: (db, state) => {
    const f = withAssessment(db, state, 'draft');
    return act({ sectionId: f.sectionId, version: f.assessment.version });
  },
  [`${ASSESS}#restoreRevision`]: (db, state) => {
    const f = withAssessment(db, state, 'draft');
    return act({ sectionId: f.sectionId, baseVersion: f.assessment.version, fromVersion: 1 });
  },
  [`${ASSESS}#approveAssessment`]: (db, state) => {
    const f = withAssessment(db, state, 'submitted');
    return act({ sectionId: f.sectionId, version: f.assessment.version });
  },
  [`${ASSESS}#returnAssessment`]: (db, state) => {
    const f = withAssessment(db, state, 'submitted');
    return act({ sectionId: f.sectionId, version: f.assessment.version, comment: '数値の根拠を追記してください' });
  },

  [`${OPIN}#saveOpinion`]: (db, state) => {
    if (state === 'new' || state === 'newInEntry' || state === 'planning') {
      const f = db.plan(phaseOf(state), (p) => ({ sectionId: db.section(p.id) }));
      return act({ planId: f.planId, departmentId: db.dept.hosho, sectionId: f.sectionId, text: '・新しい意見' });
    }
    const f = withOpinion(db, state);
    return act({
      planId: f.planId,
      departmentId: db.dept.hosho,
      sectionId: f.sectionId,
      id: f.opinion.id,
      version: f.opinion.version,
      text: '書き直した意見',
    });
  },
  [`${OPIN}#finalizeOpinion`]: (db, state) => {
    const f = withOpinion(db, state);
    return act({ id: f.opinion.id, version: f.opinion.version });
  },
  [`${OPIN}#deleteOpinion`]: (db, state) => {
    const f = withOpinion(db, state);
    return act({ id: f.opinion.id, version: f.opinion.version });
  },
  [`${OPIN}#markSectionsReadAction`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => {
      const sectionId = db.section(p.id);
      return { sectionId, assessment: db.assessment(sectionId, state === 'published' ? 'approved' : 'submitted', 1) };
    });
    return act({ planId: f.planId, items: [{ sectionId: f.sectionId, version: f.assessment.version }] });
  },
  'lib/actions/responses.ts#saveResponse': (db, state) => {
    const f = db.plan(phaseOf(state), (p) => {
      const sectionId = db.section(p.id);
      return { opinion: db.opinion(p.id, sectionId, 'committee2', state === 'draftOpinion' ? 'draft' : 'final') };
    });
    return act({ opinionId: f.opinion.id, version: null, text: '対応方針を検討します', state: 'in_progress' });
  },

  [`${COMP}#generateCompilation`]: (db, state) =>
    act({ planId: db.plan(phaseOf(state), (p) => ({ c: db.compilation(p.id) })).planId, style: 'bullets' }),
  [`${COMP}#saveCompilation`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ c: db.compilation(p.id) }));
    return act({ planId: f.planId, id: f.c, version: 1, heading: '書き直した見出し', body: '・書き直した意見' });
  },
  [`${COMP}#reorderCompilation`]: (db, state) => {
    const f = db.plan(phaseOf(state), (p) => ({ a: db.compilation(p.id), b: db.compilation(p.id) }));
    return act({ planId: f.planId, ids: [f.b, f.a] });
  },

  'lib/actions/notes.ts#addNote': (db, state) => {
    const f = withIndicator(db, state);
    return act({ indicatorId: f.indicator.id, fiscalYear: f.year, month: 5, text: '前年の大口案件の反動' });
  },
  'lib/actions/notes.ts#deleteNote': (db, state) => {
    const f = db.plan(phaseOf(state), (p) => {
      const sectionId = db.section(p.id);
      const indicator = db.indicator(p.id, sectionId, p.year);
      return { note: db.note(indicator.id, p.year, state === 'othersNote' ? 'admin' : 'staff-hosho') };
    });
    return act({ noteId: f.note });
  },

  // Each signed-in role signs in as itself (anonymous as committee3) in a context of its own.
  'lib/actions/auth.ts#login': (_db, state, caller) =>
    act({ loginId: caller.login ?? 'committee3', password: state === 'wrongPassword' ? 'not-the-password' : DEMO_PASSWORD, next: '/' }),
  'lib/actions/auth.ts#logout': () => act({}),
  // The caller's password is first set to a matrix one, and the action changes it back to the
  // demo password: the later cells (the login and logout rows among them) still sign in.
  'lib/actions/account.ts#changePassword': (db, _state, caller) => {
    if (caller.userId !== null)
      db.sqlite.prepare('update users set password_hash = ? where id = ?').run(bcrypt.hashSync(MATRIX_PASSWORD, 4), caller.userId);
    return act({ current: MATRIX_PASSWORD, password: DEMO_PASSWORD });
  },

  'lib/actions/reminders.ts#sendReminder': (db) => {
    // a plan of its own in entry with one section of staffOwn's department not yet submitted
    const f = db.plan('entry', (p) => ({ s: db.section(p.id) }));
    return act({ planId: f.planId, recipients: [db.users['staff-hosho']] });
  },
  'lib/actions/notifications.ts#markRead': () => act({ ids: null }),
  'lib/actions/notifications.ts#saveMailSettings': (db, _state, caller) => {
    const row = db.sqlite.prepare('select version from notification_settings where user_id = ?').get(caller.userId ?? 0) as
      | { version: number }
      | undefined;
    return act({ version: row?.version ?? 0, email: 'matrix@example.test', mode: 'each' });
  },
  'GET /years/[year]/report.pdf': (_db, state) => get(`/years/${yearOf(state)}/report.pdf`),
  'GET /years/[year]/report.csv': (_db, state) => get(`/years/${yearOf(state)}/report.csv`),
  'GET /years/[year]/report.xlsx': (_db, state) => get(`/years/${yearOf(state)}/report.xlsx`),
  'GET /years/[year]/workbook.xlsx': (_db, state) => get(`/years/${yearOf(state)}/workbook.xlsx`),
  'GET /years/[year]/report.docx': (_db, state) => get(`/years/${yearOf(state)}/report.docx`),
  'GET /api/years/[year]/dashboard': (_db, state) => get(`/api/years/${yearOf(state)}/dashboard`),
  'GET /api/sections/[id]/revisions': (db, state) =>
    get(`/api/sections/${withAssessment(db, state, 'approved').sectionId}/revisions?versions=1,2`),
  'GET /api/years/[year]/actuals/csv': (_db, state) => get(`/api/years/${yearOf(state)}/actuals/csv`),
  'GET /api/years/[year]/actuals/template': (_db, state) => get(`/api/years/${yearOf(state)}/actuals/template`),
  'POST /api/years/[year]/actuals/upload': (_db, state) => ({
    kind: 'route',
    method: 'POST',
    path: `/api/years/${yearOf(state)}/actuals/upload`,
    upload: true,
  }),
  'GET /admin/audit/export.csv': () => get('/admin/audit/export.csv'),
  'GET /admin/backup/download': () => get('/admin/backup/download'),
  'GET /admin/plans/[id]/template.json': (db, state) =>
    get(
      `/admin/plans/${db.get<{ id: number }>("select id from plans where kind = 'annual' and start_year = ?", yearOf(state)).id}/template.json`,
    ),
  'GET /api/health': () => get('/api/health'),
  'GET /api/debug/queries': () => get('/api/debug/queries'),
};

export const loginOf = (role: MatrixRole): string | null => (role === 'anonymous' ? null : ROLE_LOGIN[role]);
