// A server of the authorization matrix's own: `node scripts/start.mjs` on port 3101 with a fresh
// demo database (data/matrix.db), so that the matrix's allowed cells, which really write, never
// touch the database the other specs read on port 3100. Its output is captured: refusals are
// logged there as JSON `action.refused` lines.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const MATRIX_PORT = 3101;
export const MATRIX_BASE = `http://127.0.0.1:${MATRIX_PORT}`;
export const MATRIX_DB = 'data/matrix.db';
/** The same secret as scripts/e2e-server.mjs: tokens can be forged for the anonymous probes. */
export const MATRIX_SECRET = 'e2e-only-secret-not-for-production-0123456789';

export type RefusalLine = { event: 'action.refused'; action: string; userId: number | null; code: string; at: string };

async function answers(): Promise<boolean> {
  try {
    return (await fetch(`${MATRIX_BASE}/api/health`)).ok;
  } catch {
    return false;
  }
}

export class MatrixServer {
  private child: ChildProcess | null = null;
  private output = '';
  private onExit: (() => void) | null = null;

  /** Everything the server printed so far (stdout and stderr interleaved). */
  get log(): string {
    return this.output;
  }

  /** A position in the log; `refusalsSince` reads the lines printed after it. */
  mark(): number {
    return this.output.length;
  }

  refusalsSince(mark: number): RefusalLine[] {
    const out: RefusalLine[] = [];
    for (const line of this.output.slice(mark).split('\n')) {
      const at = line.indexOf('{"event":"action.refused"');
      if (at < 0) continue;
      try {
        out.push(JSON.parse(line.slice(at)) as RefusalLine);
      } catch {
        // a partial line: read again on the next poll
      }
    }
    return out;
  }

  /** Waits briefly for a refusal line matching `match` after `mark` (the pipe may lag the response). */
  async waitForRefusal(mark: number, match: (r: RefusalLine) => boolean, timeoutMs = 1500): Promise<RefusalLine | null> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.refusalsSince(mark).find(match);
      if (found || Date.now() > until) return found ?? null;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async start(timeoutMs = 120_000): Promise<void> {
    const root = process.cwd();
    const db = path.join(root, MATRIX_DB);
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
    if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('no .next build: run `flock /tmp/hyoka-build.lock npx next build` first');
    if (await answers()) throw new Error(`something already answers on ${MATRIX_BASE}: a server left over from an earlier run? Stop it first.`);
    const env = {
      ...process.env,
      PORT: String(MATRIX_PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: db,
      HYOKA_DEMO: '1',
      HYOKA_SKIP_BUILD: '1',
      HYOKA_BCRYPT_COST: '4',
      AUTH_SECRET: MATRIX_SECRET,
    };
    delete (env as Record<string, string | undefined>).HYOKA_COUNT_QUERIES;
    // Its own process group: start.mjs → npx → next-server are all ended together by stop().
    const child = spawn('node', ['scripts/start.mjs'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    // If the test process goes away without stop() (a killed worker), take the server along.
    const pid = child.pid!;
    this.onExit = () => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.on('exit', this.onExit);
    child.stdout!.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    child.stderr!.setEncoding('utf8').on('data', (s: string) => (this.output += s));
    let exited: number | null = null;
    child.on('exit', (code) => (exited = code ?? -1));
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (exited !== null) throw new Error(`the matrix server exited (${exited}) before it answered:\n${this.output.slice(-3000)}`);
      if (await answers()) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.stop();
    throw new Error(`the matrix server did not answer on ${MATRIX_BASE} within ${timeoutMs} ms:\n${this.output.slice(-3000)}`);
  }

  /** SIGTERM to the whole group (start.mjs, npx, next-server), then SIGKILL to whatever is left. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (this.onExit) process.off('exit', this.onExit);
    if (!child?.pid) return;
    const group = -child.pid;
    const signal = (sig: NodeJS.Signals) => {
      try {
        process.kill(group, sig);
        return true;
      } catch {
        return false; // the group is gone
      }
    };
    if (!signal('SIGTERM')) return;
    const until = Date.now() + 5000;
    while (Date.now() < until && (child.exitCode === null || (await answers()))) await new Promise((r) => setTimeout(r, 100));
    signal('SIGKILL');
  }
}
