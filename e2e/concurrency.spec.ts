// Concurrent saves through the real server, on a server and database of this spec's own (port
// E2E_PORT + 2, data/concurrency.db): 50 sessions save the same self-assessment at once from the same
// version (exactly one wins, 49 get a conflict, nothing is lost or interleaved), and 200 saves
// to 200 different sections all persist.
import Database from 'better-sqlite3';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { actionResult, callAction, listBuiltActions, type ParsedResult } from './actions';
import { loginSession, type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

const PORT = OWN_PORTS.concurrency;
const SESSIONS = 50;
const SECTIONS = 200;

let server: OwnServer;
let sessions: { loginId: string; userId: number; api: APIRequestContext }[] = [];
let saveId: string;

function db(readonly = true) {
  const d = new Database(server.dbFile, { readonly, fileMustExist: true });
  d.pragma('busy_timeout = 5000');
  return d;
}

function read<T>(sql: string, ...args: unknown[]): T {
  const d = db();
  try {
    return d.prepare(sql).get(...args) as T;
  } finally {
    d.close();
  }
}

/** A text no other session writes: its own index on every line, so a mix would show. */
const textOf = (tag: string, i: number) =>
  Array.from({ length: 40 }, (_v, line) => `【${tag}-${i}】${line}行目：担当者${i}による自己評価の本文です。`).join('\n');

async function save(api: APIRequestContext, sectionId: number, baseVersion: number, narrative: string): Promise<ParsedResult> {
  // Posted to '/': the action runs the same, without re-rendering a page for every call. A fresh
  // connection each: a kept-alive one the server is closing as the burst starts (its idle timeout,
  // the sessions signed in half a minute earlier) was once reset under the request (ECONNRESET).
  const r = await callAction(api, saveId, [{ sectionId, baseVersion, narrative, rating: null }], {
    base: server.base,
    path: '/',
    headers: { connection: 'close' },
  });
  const result = actionResult(r.body);
  if (!result) throw new Error(`HTTP ${r.status} without an ActionResult: ${r.body.slice(0, 300)}`);
  return result;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const started = Date.now();
  server = await startOwnServer({ port: PORT, name: 'concurrency' });
  saveId = listBuiltActions().find((a) => a.name === 'saveAssessment')!.id;
  // 49 more 保証部門 staff accounts with the demo password (same hash as staff-hosho).
  const d = db(false);
  try {
    const hosho = d.prepare("SELECT id FROM users WHERE login_id = 'staff-hosho'").get() as { id: number };
    const addUser = d.prepare(
      "INSERT INTO users (organisation_id, login_id, display_name, password_hash, role) SELECT organisation_id, ?, ?, password_hash, 'staff' FROM users WHERE id = ?",
    );
    const addDept = d.prepare(
      'INSERT INTO user_departments (user_id, department_id) SELECT ?, department_id FROM user_departments WHERE user_id = ?',
    );
    d.transaction(() => {
      for (let i = 2; i <= SESSIONS; i++) {
        const id = Number(addUser.run(`load-${i}`, `負荷試験 ${i}`, hosho.id).lastInsertRowid);
        addDept.run(id, hosho.id);
      }
    })();
  } finally {
    d.close();
  }
  const logins = ['staff-hosho', ...Array.from({ length: SESSIONS - 1 }, (_v, i) => `load-${i + 2}`)];
  sessions = [];
  for (let i = 0; i < logins.length; i += 10) {
    const batch = await Promise.all(
      logins.slice(i, i + 10).map(async (loginId) => ({ loginId, api: await loginSession(server, loginId) })),
    );
    for (const s of batch) sessions.push({ ...s, userId: read<{ id: number }>('SELECT id FROM users WHERE login_id = ?', s.loginId).id });
  }
  const live = read<{ n: number; users: number }>(
    'SELECT count(*) n, count(DISTINCT user_id) users FROM auth_sessions WHERE revoked_at IS NULL',
  );
  expect(live).toEqual({ n: SESSIONS, users: SESSIONS });
  console.log(`concurrency: server up and ${SESSIONS} sessions signed in after ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test.afterAll(async () => {
  for (const s of sessions) await s.api.dispose();
  await server?.stop();
});

test(`${SESSIONS} concurrent saves of the same section from the same version: one wins, the rest conflict`, async () => {
  const section = read<{ id: number }>(
    "SELECT s.id FROM sections s JOIN plans p ON p.id = s.plan_id WHERE p.kind = 'annual' AND p.start_year = 2025 AND s.key = 'init.hosho.bank_cooperation'",
  ).id;
  // Round 1 creates the self-assessment (no row yet, version 0); round 2 updates it.
  for (const round of [1, 2]) {
    const current = read<{ id: number; version: number } | undefined>(
      'SELECT id, version FROM self_assessments WHERE section_id = ?',
      section,
    );
    const base = current?.version ?? 0;
    const revisionsBefore = current
      ? read<{ n: number }>('SELECT count(*) n FROM self_assessment_revisions WHERE self_assessment_id = ?', current.id).n
      : 0;
    const texts = sessions.map((_s, i) => textOf(`round${round}`, i));
    // Sent in a shuffled order, so the winner is whoever the server takes first.
    const order = sessions.map((_s, i) => i).sort(() => Math.random() - 0.5);
    const t0 = Date.now();
    const settled = await Promise.all(order.map(async (i) => [i, await save(sessions[i]!.api, section, base, texts[i]!)] as const));
    const results = settled.sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    const ms = Date.now() - t0;

    const winners = results.flatMap((r, i) => (r.ok ? [i] : []));
    expect(winners, `round ${round}: exactly one save wins`).toHaveLength(1);
    const w = winners[0]!;
    const losers = results.filter((r) => !r.ok);
    expect(losers.map((r) => r.error)).toEqual(Array(SESSIONS - 1).fill('conflict'));
    expect((results[w]!.data as { version: number }).version).toBe(base + 1);
    // Every loser is shown the winner's version, to choose from.
    for (const r of losers) expect(r.detail).toMatchObject({ theirs: { version: base + 1, narrative: texts[w] } });

    const stored = read<{ id: number; version: number; narrative: string; updated_by: number }>(
      'SELECT id, version, narrative, updated_by FROM self_assessments WHERE section_id = ?',
      section,
    );
    expect(stored.version).toBe(base + 1);
    expect(stored.narrative).toBe(texts[w]);
    expect(stored.updated_by).toBe(sessions[w]!.userId);
    const revisions = read<{ n: number }>('SELECT count(*) n FROM self_assessment_revisions WHERE self_assessment_id = ?', stored.id).n;
    expect(revisions).toBe(revisionsBefore + 1);
    const revision = read<{ narrative: string; author_id: number }>(
      'SELECT narrative, author_id FROM self_assessment_revisions WHERE self_assessment_id = ? AND version = ?',
      stored.id,
      base + 1,
    );
    expect(revision).toEqual({ narrative: texts[w], author_id: sessions[w]!.userId });
    const audits = read<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'assessment.save' AND entity_id = ? AND after LIKE ?",
      String(stored.id),
      `%"version":${base + 1},%`,
    ).n;
    expect(audits).toBe(1);
    console.log(
      `concurrency: round ${round} (base version ${base}): 1 of ${SESSIONS} won (${sessions[w]!.loginId}), ${losers.length} conflicts, ${ms} ms`,
    );
  }
});

test(`${SECTIONS} concurrent saves to ${SECTIONS} different sections all persist`, async () => {
  test.setTimeout(120_000);
  const d = db(false);
  let ids: number[];
  try {
    const plan = d.prepare("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2025").get() as { id: number };
    const parent = d.prepare("SELECT id, department_id FROM sections WHERE plan_id = ? AND key = 'group.hosho'").get(plan.id) as {
      id: number;
      department_id: number;
    };
    const add = d.prepare(
      "INSERT INTO sections (plan_id, parent_id, key, number, title, kind, department_id, sort_order) VALUES (?, ?, ?, ?, ?, 'initiative', ?, ?)",
    );
    ids = d.transaction(() =>
      Array.from({ length: SECTIONS }, (_v, i) =>
        Number(
          add.run(plan.id, parent.id, `load.section.${i}`, `L${i + 1}`, `負荷試験の取組 ${i + 1}`, parent.department_id, 100 + i)
            .lastInsertRowid,
        ),
      ),
    )();
  } finally {
    d.close();
  }
  const texts = ids.map((_id, i) => textOf('section', i));
  const t0 = Date.now();
  const results = await Promise.all(ids.map((id, i) => save(sessions[i % SESSIONS]!.api, id, 0, texts[i]!)));
  const ms = Date.now() - t0;
  expect(results.filter((r) => !r.ok).map((r) => r.error)).toEqual([]);
  expect(results.map((r) => (r.data as { version: number }).version)).toEqual(Array(SECTIONS).fill(1));

  const check = db();
  try {
    const rows = check
      .prepare(
        `SELECT a.section_id, a.version, a.narrative, (SELECT count(*) FROM self_assessment_revisions r WHERE r.self_assessment_id = a.id) revisions FROM self_assessments a WHERE a.section_id IN (${ids.map(() => '?').join(',')})`,
      )
      .all(...ids) as { section_id: number; version: number; narrative: string; revisions: number }[];
    expect(rows).toHaveLength(SECTIONS);
    const bySection = new Map(rows.map((r) => [r.section_id, r]));
    for (const [i, id] of ids.entries())
      expect(bySection.get(id), `section ${id}`).toEqual({ section_id: id, version: 1, narrative: texts[i], revisions: 1 });
  } finally {
    check.close();
  }
  console.log(
    `concurrency: ${SECTIONS} saves to ${SECTIONS} sections from ${SESSIONS} sessions: all stored, ${ms} ms (${Math.round((SECTIONS / ms) * 1000)} saves/s)`,
  );
});
