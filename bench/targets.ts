// What the benchmark requests, as a logged-in user: pages, an export, an autosave, baselines.
import Database from 'better-sqlite3';
import { actionId } from '../e2e/actions';
import type { Dataset } from './datasets';
import type { RequestSpec, Target } from './load';
import type { CapturedAction } from './server';

export async function benchTargets(
  base: string,
  ds: Dataset,
  adminCookie: string,
  committeeCookie: string,
  autosave: AutosaveTarget,
): Promise<[string, Target][]> {
  const admin = { cookie: adminCookie };
  const y = ds.year;
  return [
    ['/api/health baseline', { path: '/api/health' }],
    ['/login baseline', { path: '/login' }],
    ['year dashboard', { path: `/years/${y}/dashboard`, headers: admin }],
    ['section page', { path: `/years/${y}/sections/${ds.sectionId}`, headers: admin }],
    ['committee home', { path: `/years/${y}/review`, headers: { cookie: committeeCookie } }],
    ['report preview', { path: `/years/${y}/report`, headers: admin }],
    ['report xlsx export', { path: `/years/${y}/report.xlsx`, headers: admin }],
    // a word in indicator names of both datasets (the FTS5 trigram path, every year)
    ['search', { path: `/search?q=${encodeURIComponent('保証承諾')}`, headers: admin }],
    ['autosave (action)', autosave.target],
  ];
}

/** A self-assessment of about the length the demo's are (the whole text is sent on every save). */
const NARRATIVE = '当年度は、創業支援と事業承継支援を重点に、金融機関・支援機関との連携を強化した。'.repeat(16);

export type AutosaveStats = { saved: number; refused: Record<string, number>; versionsBefore: number; versionsAfter: number };

export type AutosaveTarget = {
  target: Target;
  /** Re-reads every section's version from the database and starts a new tally. */
  sync: () => void;
  /** Saves counted since sync(), and what the database says about them. */
  stats: () => AutosaveStats;
  close: () => void;
};

/** The action's result row of an RSC response: `0:{"a":"$@1",…}` points at row 1. */
export function actionResult(body: string): { ok: boolean; error?: string; data?: { version?: number } } | null {
  const ref = body.match(/^0:.*"a":"\$@([0-9a-f]+)"/m)?.[1];
  const row = ref ? body.split('\n').find((l) => l.startsWith(`${ref}:`)) : undefined;
  if (!row) return null;
  try {
    return JSON.parse(row.slice(ref!.length + 1)) as { ok: boolean; error?: string; data?: { version?: number } };
  } catch {
    return null;
  }
}

/**
 * The autosave: saveAssessment POSTed as the browser does (same action id, router-state header
 * and argument shape, captured from a real save), each connection saving its own section. A
 * section is checked out while its save is in flight and its next save names the version the
 * last one returned, so every save succeeds; refusals are counted and reported, and the saves
 * are checked against the versions in the database.
 */
export function autosaveTarget(ds: Dataset, captured: CapturedAction, cookie: string, origin: string): AutosaveTarget {
  const expected = actionId('lib/actions/assessments.ts', 'saveAssessment');
  if (captured.actionId !== expected)
    throw new Error(`the browser's autosave called ${captured.actionId}, the manifest says saveAssessment is ${expected}`);
  const [firstArg] = captured.args as [Record<string, unknown>];
  const capturedSection = firstArg.sectionId as number;
  const tree = decodeURIComponent(captured.headers['next-router-state-tree'] ?? '');
  const db = new Database(ds.file, { readonly: true, fileMustExist: true });
  const versionsOf = db.prepare(
    `select section_id as id, version from self_assessments where section_id in (${ds.autosave.sectionIds.join(',')})`,
  );
  let free: { id: number; version: number }[] = [];
  let versionsBefore = 0;
  const inFlight = new Map<number, { id: number; version: number }>();
  let tokens = 0;
  let saved = 0;
  let refused: Record<string, number> = {};
  const sumVersions = () => (versionsOf.all() as { version: number }[]).reduce((n, r) => n + r.version, 0);

  const requestFor = (slot: { id: number; version: number }, n: number): RequestSpec => {
    const path = `/years/${ds.autosave.year}/sections/${slot.id}`;
    const headers: Record<string, string> = { ...captured.headers, cookie, origin };
    if (tree) headers['next-router-state-tree'] = encodeURIComponent(tree.replaceAll(`"${capturedSection}"`, `"${slot.id}"`));
    const args = [
      { ...firstArg, sectionId: slot.id, baseVersion: slot.version, narrative: `${NARRATIVE}（${n}）` },
      ...captured.args.slice(1),
    ];
    return { method: 'POST', path, headers, body: JSON.stringify(args) };
  };

  const target: Target = {
    method: 'POST',
    path: `/years/${ds.autosave.year}/sections/${ds.autosave.sectionIds[0]}`,
    dynamic: {
      next: () => {
        // More connections than sections would make two saves race on one section: refuse to measure that.
        const slot = free.shift();
        if (!slot) throw new Error(`autosave: more concurrent saves than the ${ds.autosave.sectionIds.length} bench sections`);
        const token = ++tokens;
        inFlight.set(token, slot);
        return { request: requestFor(slot, token), token };
      },
      done: (token, status, body) => {
        const slot = inFlight.get(token);
        inFlight.delete(token);
        if (!slot) return;
        const r = status === 200 ? actionResult(body) : null;
        if (r?.ok && typeof r.data?.version === 'number') {
          saved++;
          slot.version = r.data.version;
        } else {
          const why = r?.error ?? `http ${status}`;
          refused[why] = (refused[why] ?? 0) + 1;
        }
        free.push(slot);
      },
    },
  };
  return {
    target,
    sync: () => {
      inFlight.clear();
      free = (versionsOf.all() as { id: number; version: number }[]).map((r) => ({ id: r.id, version: r.version }));
      versionsBefore = free.reduce((n, r) => n + r.version, 0);
      saved = 0;
      refused = {};
    },
    stats: () => ({ saved, refused, versionsBefore, versionsAfter: sumVersions() }),
    close: () => db.close(),
  };
}
