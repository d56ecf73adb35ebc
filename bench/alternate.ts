// A page measured against /login in alternating slices: /login, page, /login, page, …, /login.
// This machine's speed moves by a fifth or more within half a minute (README, Benchmark): one
// 10 s run of the page between two 10 s runs of /login compared moments up to 20 s apart. In
// slices, every moment of the page has /login just before and just after it, and the ratio is
// of the two rates over the same stretch of time.
import { counters } from './counters';
import { type LoadResult, loadTimed, settleMs, summarise, type Target } from './load';

type Slice = Awaited<ReturnType<typeof loadTimed>>;

export type Alternated = {
  page: LoadResult;
  /** The server's CPU over the page's slices (and their in-flight requests), per request sent. */
  serverCpuMs: number | null;
  login: LoadResult;
  /** Each slice's req/s, in order. */
  pageSlices: number[];
  loginSlices: number[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * How many slices `seconds` of the page are cut into: each at least 2 s and long enough for ten
 * responses per connection at the page's rate (so a slice is not mostly its start and its end).
 */
export function sliceCount(seconds: number, connections: number, pageRps: number): number {
  const sliceSeconds = Math.max(2, Math.ceil((10 * connections) / Math.max(pageRps, 0.1)));
  return Math.max(1, Math.floor(seconds / sliceSeconds));
}

/**
 * A slice's requests: those answered, and half of those still in flight when it stopped (cut at a
 * random point of their time; a 2 s slice at 10 connections would otherwise lose about five, more
 * of a slow page's slice than of /login's).
 */
export const servedIn = (s: { requests: number; sent: number }) => s.requests + (s.sent - s.requests) / 2;

const rate = (slices: Slice[]) =>
  Math.round((slices.reduce((n, s) => n + servedIn(s), 0) / slices.reduce((t, s) => t + s.elapsed, 0)) * 10) / 10;

/** Slices of one target added up into one run's figures: rate as `rate`, percentiles of every response. */
function combined(slices: Slice[], connections: number): LoadResult {
  const sum = (f: (s: Slice) => number) => slices.reduce((n, s) => n + f(s), 0);
  const result = summarise(
    connections,
    sum((s) => s.seconds),
    {
      times: slices.flatMap((s) => s.times).sort((a, b) => a - b),
      elapsed: sum((s) => s.elapsed),
      sent: sum((s) => s.sent),
      clientCpuMicros: sum((s) => s.clientCpu * s.wallMs * 1000),
      wallMs: sum((s) => s.wallMs),
      errors: sum((s) => s.errors),
      non2xx: sum((s) => s.non2xx),
    },
  );
  return { ...result, rps: rate(slices) };
}

/**
 * `seconds` of the page in `slices` slices, /login's slices of the same length around each.
 * `beforePage` runs before each page slice (the autosave target re-reads its versions).
 */
export async function alternate(
  base: string,
  page: Target,
  login: Target,
  connections: number,
  seconds: number,
  slices: number,
  beforePage?: () => void,
): Promise<Alternated> {
  const length = seconds / slices;
  const run = async (target: Target) => {
    const s = await loadTimed(base, target, connections, length);
    await sleep(settleMs(s)); // its in-flight requests finish before the next slice starts
    return s;
  };
  const loginSlices: Slice[] = [await run(login)];
  const pageSlices: Slice[] = [];
  let cpuMicros = 0;
  for (let i = 0; i < slices; i++) {
    beforePage?.();
    const before = await counters(base);
    pageSlices.push(await run(page));
    cpuMicros += (await counters(base)).cpuMicros - before.cpuMicros;
    loginSlices.push(await run(login));
  }
  const sent = pageSlices.reduce((n, s) => n + s.sent, 0);
  return {
    page: combined(pageSlices, connections),
    serverCpuMs: sent > 0 ? Math.round((cpuMicros / 1000 / sent) * 100) / 100 : null,
    login: combined(loginSlices, connections),
    pageSlices: pageSlices.map((s) => rate([s])),
    loginSlices: loginSlices.map((s) => rate([s])),
  };
}
