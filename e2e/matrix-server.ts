// The authorization matrix's own server (e2e/own-server.ts) on port 3101 with a fresh demo
// database (data/matrix.db), so that the matrix's allowed cells, which really write, never
// touch the database the other specs read on port 3100. Its output is read back: refusals are
// logged there as JSON `action.refused` lines.
import { type OwnServer, startOwnServer } from './own-server';
import { OWN_PORTS } from './ports';

export const MATRIX_PORT = OWN_PORTS.matrix;
export const MATRIX_BASE = `http://127.0.0.1:${MATRIX_PORT}`;
export const MATRIX_DB = 'data/matrix.db';

export type RefusalLine = { event: 'action.refused'; action: string; userId: number | null; code: string; at: string };

export class MatrixServer {
  private server: OwnServer | null = null;

  /** Everything the server printed so far (stdout and stderr interleaved). */
  get log(): string {
    return this.server?.output() ?? '';
  }

  /** A position in the log; `refusalsSince` reads the lines printed after it. */
  mark(): number {
    return this.log.length;
  }

  refusalsSince(mark: number): RefusalLine[] {
    const out: RefusalLine[] = [];
    for (const line of this.log.slice(mark).split('\n')) {
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
    this.server = await startOwnServer({ port: MATRIX_PORT, name: 'matrix', timeoutMs });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.stop();
  }
}
