// The run's summary: demo against large, per endpoint, ratios first; then bytes, PDF, memory,
// Lighthouse, first-load JS. Also what bench/results.json's `summary` holds (bench/table.ts).
import type { firstLoadJs } from './first-load';
import { kB, type PageBytes } from './html';
import type { LighthouseScore } from './lighthouse';
import type { LoadResult } from './load';
import type { AutosaveStats } from './targets';

export const CONNECTIONS = [10, 50] as const;

export type EndpointResult = {
  name: string;
  path: string;
  queries: number | null;
  bytes: number;
  /** HTML pages: the document and its inline RSC payload. */
  page: PageBytes | null;
  /** HTML pages: the response to the same URL with `RSC: 1`. */
  rscBytes: number | null;
  /**
   * A page's run is made of slices alternating with /login's at the same connections
   * (bench/alternate.ts): `slices` holds each one's req/s, and `loginRps` /login's rate over its
   * slices (null for the baselines).
   */
  runs: (LoadResult & {
    loginRps: number | null;
    slices?: { page: number[]; login: number[] };
    vsLogin: number | null;
    vsHealth: number | null;
    serverCpuMs: number | null;
  })[];
  autosave?: AutosaveStats[];
};

type DatasetResult = {
  dataset: string;
  endpoints: EndpointResult[];
  pdf: { draftMs: number | null; officialFirstMs: number | null };
  peakRssMb: number;
  lighthouse: LighthouseScore[];
};

const pick = (r: EndpointResult['runs'][number]) => ({
  rps: r.rps,
  vsLogin: r.vsLogin,
  vsHealth: r.vsHealth,
  serverCpuMs: r.serverCpuMs,
  clientCpu: r.clientCpu,
  p50: r.p50,
  p95: r.p95,
  p99: r.p99,
});
export type SummaryRun = ReturnType<typeof pick>;
export type SummaryRow = ReturnType<typeof summary>[number];

export function summary(measured: DatasetResult[]) {
  const [small, large] = measured;
  if (!small || !large) return [];
  return small.endpoints.map((e) => {
    const l = large.endpoints.find((x) => x.name === e.name)!;
    const by = (c: number) => {
      const d = e.runs.find((r) => r.connections === c)!;
      const g = l.runs.find((r) => r.connections === c)!;
      return { demo: pick(d), large: pick(g), largeVsDemo: d.rps ? Math.round((g.rps / d.rps) * 100) / 100 : null };
    };
    return {
      name: e.name,
      queries: { demo: e.queries, large: l.queries },
      bytes: { demo: e.bytes, large: l.bytes },
      page: { demo: e.page, large: l.page },
      rscBytes: { demo: e.rscBytes, large: l.rscBytes },
      c10: by(10),
      c50: by(50),
    };
  });
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const col = (v: unknown, w: number) => String(v ?? '–').padStart(w);

export function printSummary(measured: DatasetResult[], js: ReturnType<typeof firstLoadJs>) {
  const rows = summary(measured);
  console.log(
    '\n# Summary, demo → large: req/s as a share of /login and of /api/health, large/demo, req/s, server CPU ms per request (process.cpuUsage), latency, load generator CPU (share of one core), SQL statements per request',
  );
  for (const c of CONNECTIONS) {
    console.log(`\n${c} connections`);
    console.log(
      `${'endpoint'.padEnd(22)} | ${'×login'.padStart(11)} | ${'×health'.padStart(11)} | ${'lg/demo'.padStart(7)} | ${'req/s'.padStart(15)} | ${'cpu ms/req'.padStart(17)} | ${'p50/p99 large'.padStart(13)} | ${'gen cpu'.padStart(9)} | q/req`,
    );
    for (const r of rows) {
      const x = r[`c${c}` as 'c10' | 'c50'];
      const pair = (a: unknown, b: unknown, w: number) => `${a ?? '–'} → ${b ?? '–'}`.padStart(w);
      console.log(
        `${r.name.padEnd(22)} | ${pair(x.demo.vsLogin, x.large.vsLogin, 11)} | ${pair(x.demo.vsHealth, x.large.vsHealth, 11)} | ${col(x.largeVsDemo, 7)} | ${pair(x.demo.rps, x.large.rps, 15)} | ${pair(x.demo.serverCpuMs, x.large.serverCpuMs, 17)} | ${`${Math.round(x.large.p50)}/${Math.round(x.large.p99)}`.padStart(13)} | ${pair(pct(x.demo.clientCpu), pct(x.large.clientCpu), 9)} | ${r.queries.demo} → ${r.queries.large}`,
      );
    }
  }
  console.log(
    '\nbytes per page (uncompressed): HTML document = markup + inline payload (self.__next_f.push scripts); RSC: the same URL with RSC: 1',
  );
  console.log(
    `${'page'.padEnd(22)} | ${'demo HTML'.padStart(9)} ${'markup'.padStart(9)} ${'payload'.padStart(9)} ${'RSC'.padStart(9)} | ${'large HTML'.padStart(10)} ${'payload'.padStart(9)} ${'RSC'.padStart(9)}`,
  );
  for (const r of rows) {
    const d = r.page.demo;
    const l = r.page.large;
    if (!d && !l) continue;
    const k = (n: number | null | undefined) => (n === null || n === undefined ? '–' : kB(n)).padStart(9);
    console.log(
      `${r.name.padEnd(22)} | ${k(d?.document)} ${k(d?.markup)} ${k(d?.inlinePayload)} ${k(r.rscBytes.demo)} | ${k(l?.document).padStart(10)} ${k(l?.inlinePayload)} ${k(r.rscBytes.large)}`,
    );
  }
  console.log('\nPDF, memory, Lighthouse (performance/accessibility):');
  for (const m of measured) {
    const lh = m.lighthouse.map((l) => `${l.page} ${l.performance}/${l.accessibility}`).join(', ');
    console.log(
      `${m.dataset.padEnd(6)} pdf draft ${m.pdf.draftMs} ms, official first ${m.pdf.officialFirstMs} ms | peak RSS ${m.peakRssMb} MB | ${lh || 'lighthouse skipped'}`,
    );
  }
  console.log('\nfirst-load JS per route (gzip):');
  for (const r of js) console.log(`${r.route.padEnd(44)} ${String(r.gzipKb).padStart(6)} kB  (raw ${r.rawKb} kB)`);
  return rows;
}
