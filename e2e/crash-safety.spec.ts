// Crash safety: a server of this spec's own (port E2E_PORT + 3, data/crash.db) takes a write load of
// saves from several sessions; its whole process group is killed with SIGKILL in the middle of
// it; it is started again on the same file. The database must pass PRAGMA integrity_check, and
// every write the server acknowledged to a client must be there. And a SIGTERM to the started
// process alone, as a process manager sends it, must stop the server with nothing left behind.
import Database from 'better-sqlite3';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { actionResult, callAction, listBuiltActions } from './actions';
import { loginSession, type OwnServer, portFreed, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

const PORT = OWN_PORTS.crash;
const WORKERS = 8;
const SECTIONS_PER_WORKER = 3;
/** The kill comes once this many writes were acknowledged (about 4 s of load on 2 cores). */
const ACKS_BEFORE_KILL = 80;

type Ack = { sectionId: number; version: number; text: string };

let server: OwnServer | undefined;

test.afterAll(async () => {
  await server?.stop();
});

test('SIGKILL in the middle of a write load loses no acknowledged write and leaves an intact database', async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({ port: PORT, name: 'crash' });
  const dbFile = server.dbFile;
  const saveId = listBuiltActions().find((a) => a.name === 'saveAssessment')!.id;

  // Sections of 保証部門 in FY2025 for the load, each written by one worker only.
  const sectionIds = (() => {
    const d = new Database(dbFile, { fileMustExist: true });
    try {
      d.pragma('busy_timeout = 5000');
      const plan = d.prepare("SELECT id FROM plans WHERE kind = 'annual' AND start_year = 2025").get() as { id: number };
      const parent = d.prepare("SELECT id, department_id FROM sections WHERE plan_id = ? AND key = 'group.hosho'").get(plan.id) as {
        id: number;
        department_id: number;
      };
      const add = d.prepare(
        "INSERT INTO sections (plan_id, parent_id, key, number, title, kind, department_id, sort_order) VALUES (?, ?, ?, ?, ?, 'initiative', ?, ?)",
      );
      return d.transaction(() =>
        Array.from({ length: WORKERS * SECTIONS_PER_WORKER }, (_v, i) =>
          Number(
            add.run(plan.id, parent.id, `crash.section.${i}`, `C${i + 1}`, `障害試験の取組 ${i + 1}`, parent.department_id, 200 + i)
              .lastInsertRowid,
          ),
        ),
      )();
    } finally {
      d.close();
    }
  })();

  const sessions: APIRequestContext[] = [];
  for (let w = 0; w < WORKERS; w++) sessions.push(await loginSession(server, w % 2 ? 'staff-hosho' : 'admin'));

  const acks: Ack[] = [];
  const refusals: string[] = [];
  let inFlight = 0;
  let failedInFlight = 0;
  let killed = false;
  const started = Date.now();

  // Each worker saves its sections in turn, each save based on the version it last got back.
  const worker = async (w: number) => {
    const mine = sectionIds.slice(w * SECTIONS_PER_WORKER, (w + 1) * SECTIONS_PER_WORKER);
    const version = new Map(mine.map((id) => [id, 0]));
    for (let n = 0; ; n++) {
      const sectionId = mine[n % mine.length]!;
      const base = version.get(sectionId)!;
      const text = `worker ${w} section ${sectionId} version ${base + 1}：` + '障害試験の本文。'.repeat(50 + ((n * 37) % 200));
      inFlight++;
      let result: ReturnType<typeof actionResult>;
      try {
        const r = await callAction(sessions[w]!, saveId, [{ sectionId, baseVersion: base, narrative: text, rating: null }], {
          base: server!.base,
          path: '/',
        });
        result = actionResult(r.body);
        if (!result) throw new Error(`HTTP ${r.status}`);
      } catch (error) {
        // The server is gone: this write was never acknowledged.
        if (killed) {
          failedInFlight++;
          return;
        }
        throw error;
      } finally {
        inFlight--;
      }
      if (!result.ok) {
        refusals.push(`${sectionId}@${base}: ${result.error}`);
        return;
      }
      const v = (result.data as { version: number }).version;
      version.set(sectionId, v);
      acks.push({ sectionId, version: v, text });
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, (_v, w) => worker(w)));

  // Kill once the load is well under way, with requests in flight.
  while (acks.length < ACKS_BEFORE_KILL && Date.now() - started < 30_000 && refusals.length === 0)
    await new Promise((r) => setTimeout(r, 10));
  const inFlightAtKill = inFlight;
  killed = true;
  await server.stop('SIGKILL');
  const killedAfter = Date.now() - started;
  await load;
  for (const s of sessions) await s.dispose().catch(() => undefined);
  expect(refusals).toEqual([]);
  expect(acks.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  expect(inFlightAtKill).toBeGreaterThan(0);
  expect(failedInFlight).toBeGreaterThan(0);

  // Restart on the same file: the server recovers it and serves again.
  server = await startOwnServer({ port: PORT, name: 'crash', fresh: false });

  const d = new Database(dbFile, { readonly: true, fileMustExist: true });
  let committedUnacknowledged = 0;
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.pragma('foreign_key_check')).toEqual([]);
    const latest = new Map<number, Ack>();
    for (const a of acks) if ((latest.get(a.sectionId)?.version ?? 0) < a.version) latest.set(a.sectionId, a);
    const stored = d.prepare('SELECT id, version, narrative FROM self_assessments WHERE section_id = ?');
    const revision = d.prepare('SELECT narrative FROM self_assessment_revisions WHERE self_assessment_id = ? AND version = ?');
    const revisionCount = d.prepare('SELECT count(*) n, max(version) top FROM self_assessment_revisions WHERE self_assessment_id = ?');
    for (const [sectionId, last] of latest) {
      const row = stored.get(sectionId) as { id: number; version: number; narrative: string } | undefined;
      expect(row, `section ${sectionId}`).toBeDefined();
      expect(row!.version, `section ${sectionId}`).toBeGreaterThanOrEqual(last.version);
      if (row!.version === last.version) expect(row!.narrative).toBe(last.text);
      else committedUnacknowledged += row!.version - last.version;
      // One revision per version, none missing, none beyond the row.
      expect(revisionCount.get(row!.id)).toEqual({ n: row!.version, top: row!.version });
    }
    // Every acknowledged write, not only the last one of each section, is there word for word.
    for (const a of acks) {
      const row = stored.get(a.sectionId) as { id: number };
      expect(
        (revision.get(row.id, a.version) as { narrative: string } | undefined)?.narrative,
        `section ${a.sectionId} version ${a.version}`,
      ).toBe(a.text);
    }
    expect(latest.size).toBe(WORKERS * SECTIONS_PER_WORKER);
  } finally {
    d.close();
  }

  // The restarted server writes again, from the version it recovered.
  const api = await loginSession(server, 'staff-hosho');
  const sectionId = sectionIds[0]!;
  const d2 = new Database(dbFile, { readonly: true, fileMustExist: true });
  const current = (d2.prepare('SELECT version FROM self_assessments WHERE section_id = ?').get(sectionId) as { version: number }).version;
  d2.close();
  const r = await callAction(api, saveId, [{ sectionId, baseVersion: current, narrative: '再起動後の保存', rating: null }], {
    base: server.base,
    path: '/',
  });
  expect(actionResult(r.body)).toMatchObject({ ok: true, data: { version: current + 1 } });
  await api.dispose();

  console.log(
    `crash-safety: ${acks.length} acknowledged writes by ${WORKERS} workers; SIGKILL after ${killedAfter} ms with ${inFlightAtKill} requests in flight (${failedInFlight} never answered); ` +
      `${committedUnacknowledged} committed but unacknowledged; integrity_check ok; all ${acks.length} acknowledged writes present after restart`,
  );
});

test('a SIGTERM to the process of `npm start` alone (docker stop, kill <pid>) stops the server', async () => {
  test.setTimeout(120_000);
  await server?.stop();
  server = await startOwnServer({ port: PORT, name: 'crash' });
  const { pid, base } = server;
  // Only the leader (scripts/start.mjs), not its process group: a process manager's signal.
  process.kill(pid, 'SIGTERM');
  expect(await portFreed(base, 15_000), `${base} still answers 15 s after SIGTERM to ${pid}`).toBe(true);
  // Nothing of the group is left running, orphaned (an npx or a shell in between would not pass
  // the signal on, and next-server would keep the port and the database open).
  const groupAlive = async () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const until = Date.now() + 10_000;
  while ((await groupAlive()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  expect(await groupAlive(), `processes of group ${pid} still running`).toBe(false);
  server = undefined;
});
