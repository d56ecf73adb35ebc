// The server's own counters, read through /api/debug/queries (HYOKA_COUNT_QUERIES=1): SQL
// statements prepared, and the server process's cumulative CPU time from process.cpuUsage().
import { once, type Target } from './load';

type Counters = { queries: number; cpuMicros: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function counters(base: string): Promise<Counters> {
  const r = (await (await fetch(`${base}/api/debug/queries`)).json()) as { queries: number; cpu?: { user: number; system: number } };
  if (!r.cpu) throw new Error('/api/debug/queries gives no cpu: the build predates the CPU counter (rebuild, or drop --skip-build)');
  return { queries: r.queries, cpuMicros: r.cpu.user + r.cpu.system };
}

/**
 * Server CPU spent between two readings, per request: the readings bracket the load run and the
 * wait for its in-flight requests, so the divisor is every request sent (each one the server served).
 */
export const cpuMsPerRequest = (before: Counters, after: Counters, requests: number) =>
  requests > 0 ? Math.round(((after.cpuMicros - before.cpuMicros) / 1000 / requests) * 100) / 100 : null;

/**
 * SQL statements the server prepared while answering one request (db/open.ts counts them): on
 * an idle server (the counter still for half a second), twice, the smaller count.
 */
export async function queriesFor(base: string, target: Target): Promise<number | null> {
  const count = async () => (await counters(base)).queries;
  try {
    const counts: number[] = [];
    for (let i = 0; i < 2; i++) {
      for (let last = -1, now = await count(), n = 0; now !== last && n < 60; last = now, now = await count(), n++) await sleep(500);
      const before = await count();
      await once(base, target);
      counts.push((await count()) - before);
    }
    return Math.min(...counts);
  } catch {
    return null;
  }
}
