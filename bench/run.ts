// `npm run bench`: builds, then for the demo and a large generated dataset starts the production
// server on 127.0.0.1 and measures each page with autocannon (10 and 50 connections), counts SQL
// queries per request, times the PDF, reads the server's peak memory, runs Lighthouse, and sums
// first-load JavaScript per route. Prints a table and writes bench/results.json.
//   npm run bench                        the full run (10 s per measurement; about 12 minutes)
//   npm run bench -- --quick             short measurements, no Lighthouse: for iterating (writes bench/out/results-quick.json)
//   npm run bench -- --size 2            the large dataset twice as large (years, indicators, revisions, opinions, users)
//   npm run bench -- --duration 5 --skip-build --skip-lighthouse --port 3200
// Run it alone on the machine: `flock /tmp/hyoka-build.lock npm run bench`.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Dataset, demoDataset, largeDataset } from './datasets';
import { firstLoadJs } from './first-load';
import { lighthouseScores, type LighthouseScore } from './lighthouse';
import { load, type LoadResult, once, settleMs, type Target } from './load';
import { captureAutosave, loginCookie, startServer } from './server';
import { type AutosaveStats, autosaveTarget, benchTargets } from './targets';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const QUICK = flag('quick');
const DURATION = Number(arg('duration', QUICK ? '2' : '10'));
const WARMUP = QUICK ? 1 : 2;
const FACTOR = Number(arg('size', arg('factor', '1'))); // --size 5: five times the large dataset
const PORT = Number(arg('port', '3200'));
const CONNECTIONS = [10, 50] as const;
const SKIP_LIGHTHOUSE = QUICK || flag('skip-lighthouse');
const OUT = path.resolve('bench/out');
const RESULTS = QUICK ? path.join(OUT, 'results-quick.json') : path.resolve('bench/results.json');

type EndpointResult = {
  name: string;
  path: string;
  queries: number | null;
  bytes: number;
  runs: (LoadResult & { vsLogin: number | null })[];
  autosave?: AutosaveStats[];
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SQL statements the server prepared while answering one request (db/open.ts counts them): on
 * an idle server (the counter still for half a second), twice, the smaller count.
 */
async function queriesFor(base: string, target: Target): Promise<number | null> {
  const count = async () => ((await (await fetch(`${base}/api/debug/queries`)).json()) as { queries: number }).queries;
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

/** At 50 connections a slow page needs a longer run for its requests to complete (bounded). */
const durationFor = (c: number, c10: LoadResult | undefined) =>
  c10 && c > c10.connections ? Math.min(60, Math.max(DURATION, Math.ceil((2.5 * c) / Math.max(c10.rps, 0.1)))) : DURATION;

async function timed(url: string, cookie: string): Promise<{ ms: number | null; bytes: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.arrayBuffer();
  const ok = res.ok && (res.headers.get('content-type') ?? '').includes('pdf');
  return { ms: ok ? Math.round(performance.now() - start) : null, bytes: body.byteLength, status: res.status };
}

const fmtRun = (r: LoadResult) =>
  `${String(r.rps).padStart(7)} ${[r.p50, r.p95, r.p99].map((v) => String(Math.round(v)).padStart(5)).join(' ')}${r.seconds !== DURATION ? ` (${r.seconds} s)` : ''}`;
const loadAverage = () => os.loadavg().map((v) => Math.round(v * 100) / 100);

async function measure(ds: Dataset) {
  console.log(`\n## dataset ${ds.name}: ${JSON.stringify(ds.sizes)}`);
  const started = Date.now();
  const loadBefore = loadAverage();
  const server = await startServer(ds.file, PORT);
  running = server;
  try {
    const adminCookie = await loginCookie(server.base, ds.admin, ds.password);
    const committeeCookie = await loginCookie(server.base, ds.committee, ds.password);
    const captured = await captureAutosave(
      server.base,
      ds.autosave.staff,
      ds.autosave.password,
      `/years/${ds.autosave.year}/sections/${ds.autosave.sectionIds[0]}`,
    );
    const autosave = autosaveTarget(ds, captured, captured.cookie, server.base);
    const targets = await benchTargets(server.base, ds, adminCookie, committeeCookie, autosave);
    const results: EndpointResult[] = [];
    console.log(
      `${'endpoint'.padEnd(22)} ${'q/req'.padStart(5)} ${'bytes'.padStart(6)} | ${CONNECTIONS.map((c) => `c${c}: ${'req/s'.padStart(5)}   p50   p95   p99 ms`).join(' | ')}`,
    );
    try {
      for (const [name, target] of targets) {
        const isAutosave = target === autosave.target;
        if (isAutosave) autosave.sync();
        const first = await once(server.base, target);
        const bytes = first.bytes;
        if (first.status !== 200)
          throw new Error(`${name}: ${target.path} answered ${first.status}; the benchmark measures only working pages`);
        await sleep(settleMs(await load(server.base, target, 10, WARMUP))); // warm up (JIT, caches) before measuring
        if (isAutosave) autosave.sync();
        const queries = await queriesFor(server.base, target);
        const runs: EndpointResult['runs'] = [];
        const stats: AutosaveStats[] = [];
        for (const c of CONNECTIONS) {
          if (isAutosave) autosave.sync();
          const run = await load(server.base, target, c, durationFor(c, runs[0]));
          runs.push({ ...run, vsLogin: null });
          await sleep(settleMs(run)); // requests in flight when the run stopped finish (saves land in the database)
          if (isAutosave) stats.push(autosave.stats());
        }
        results.push({ name, path: target.path, queries, bytes, runs, ...(isAutosave ? { autosave: stats } : {}) });
        const notes = runs
          .flatMap((r) => [
            r.non2xx ? `${r.non2xx} non-2xx at c${r.connections}` : '',
            r.errors ? `${r.errors} errors at c${r.connections}` : '',
          ])
          .filter(Boolean);
        console.log(
          `${name.padEnd(22)} ${String(queries ?? '?').padStart(5)} ${`${Math.round(bytes / 1024)}k`.padStart(6)} | ${runs.map((r) => `c${r.connections}: ${fmtRun(r)}   `).join(' | ')}${notes.length ? `  (${notes.join(', ')})` : ''}`,
        );
        for (const s of stats) {
          const refused = Object.entries(s.refused)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ');
          console.log(
            `${''.padEnd(28)}saved ${s.saved}, refused ${refused || 0}; database versions +${s.versionsAfter - s.versionsBefore}`,
          );
        }
      }
    } finally {
      autosave.close();
    }
    const login = results.find((r) => r.name === '/login baseline');
    for (const r of results)
      r.runs.forEach((run, i) => {
        const base = login?.runs[i]?.rps;
        run.vsLogin = base ? Math.round((run.rps / base) * 100) / 100 : null;
      });

    // PDF: a draft of the in-progress year is rendered by Chromium on every request; the
    // published year's official PDF is generated and stored on its first download, then served.
    const draftPdf = await timed(`${server.base}/years/${ds.autosave.year}/report.pdf`, adminCookie);
    const officialFirst = await timed(`${server.base}/years/${ds.year}/report.pdf`, adminCookie);
    const officialStored = await timed(`${server.base}/years/${ds.year}/report.pdf`, adminCookie);
    const pdf = {
      draftMs: draftPdf.ms,
      draftBytes: draftPdf.bytes,
      officialFirstMs: officialFirst.ms,
      officialStoredMs: officialStored.ms,
      officialBytes: officialFirst.bytes,
    };
    console.log(
      `pdf: draft ${ds.autosave.year} ${pdf.draftMs ?? `n/a (${draftPdf.status})`} ms (${Math.round(pdf.draftBytes / 1024)} kB); ` +
        `published ${ds.year} first download ${pdf.officialFirstMs ?? `n/a (${officialFirst.status})`} ms, stored ${pdf.officialStoredMs ?? 'n/a'} ms`,
    );

    let lighthouse: LighthouseScore[] = [];
    if (!SKIP_LIGHTHOUSE) {
      lighthouse = await lighthouseScores(server.base, adminCookie, [
        { name: 'login', path: '/login' },
        { name: 'dashboard', path: `/years/${ds.year}/dashboard` },
        { name: 'section page', path: `/years/${ds.year}/sections/${ds.sectionId}` },
        { name: 'report', path: `/years/${ds.year}/report` },
      ]);
      for (const l of lighthouse)
        console.log(`lighthouse ${l.page.padEnd(13)} performance ${l.performance}, accessibility ${l.accessibility}`);
    }
    const peak = server.peakRss();
    console.log(
      `server peak memory (VmHWM): ${peak.mb} MB${peak.processes > 1 ? ` (largest of ${peak.processes} server processes)` : ''}; measured in ${Math.round((Date.now() - started) / 1000)} s`,
    );
    const loadAfter = loadAverage();
    console.log(`machine load average (1/5/15 min) before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`);
    return {
      dataset: ds.name,
      year: ds.year,
      sizes: ds.sizes,
      endpoints: results,
      pdf,
      peakRssMb: peak.mb,
      lighthouse,
      loadAverage: { before: loadBefore, after: loadAfter },
    };
  } finally {
    running = null;
    await server.stop();
  }
}

// Interrupted: stop the server (it runs in its own process group) before leaving.
let running: Awaited<ReturnType<typeof startServer>> | null = null;
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    void (running?.stop() ?? Promise.resolve()).then(() => process.exit(130));
  });

type Measured = Awaited<ReturnType<typeof measure>>;

function summary(measured: Measured[]) {
  const [small, large] = measured;
  if (!small || !large) return [];
  return small.endpoints.map((e) => {
    const l = large.endpoints.find((x) => x.name === e.name)!;
    const at = (r: EndpointResult, i: number) => r.runs[i]!;
    return {
      name: e.name,
      queries: { demo: e.queries, large: l.queries },
      bytes: { demo: e.bytes, large: l.bytes },
      ...Object.fromEntries(
        CONNECTIONS.map((c, i) => [
          `c${c}`,
          {
            demo: { rps: at(e, i).rps, p50: at(e, i).p50, p95: at(e, i).p95, p99: at(e, i).p99, vsLogin: at(e, i).vsLogin },
            large: { rps: at(l, i).rps, p50: at(l, i).p50, p95: at(l, i).p95, p99: at(l, i).p99, vsLogin: at(l, i).vsLogin },
            rpsChange: at(e, i).rps ? Math.round((at(l, i).rps / at(e, i).rps - 1) * 1000) / 10 : null,
          },
        ]),
      ),
    };
  });
}

function printSummary(measured: Measured[], js: ReturnType<typeof firstLoadJs>) {
  const rows = summary(measured);
  console.log('\n# Summary: demo → large (req/s; latency p50/p95/p99 ms; throughput as a share of /login; SQL statements per request)');
  for (const c of CONNECTIONS) {
    console.log(`\n${c} connections`);
    console.log(
      `${'endpoint'.padEnd(22)} | ${'demo req/s'.padStart(10)} ${'p50/p95/p99'.padStart(13)} ${'×login'.padStart(6)} | ${'large req/s'.padStart(11)} ${'p50/p95/p99'.padStart(13)} ${'×login'.padStart(6)} | ${'change'.padStart(7)} | q/req demo→large`,
    );
    for (const r of rows) {
      const x = (r as Record<string, unknown>)[`c${c}`] as {
        demo: Record<string, number>;
        large: Record<string, number>;
        rpsChange: number | null;
      };
      const lat = (v: Record<string, number>) =>
        [v.p50, v.p95, v.p99]
          .map((n) => Math.round(n!))
          .join('/')
          .padStart(13);
      console.log(
        `${r.name.padEnd(22)} | ${String(x.demo.rps).padStart(10)} ${lat(x.demo)} ${String(x.demo.vsLogin).padStart(6)} | ${String(x.large.rps).padStart(11)} ${lat(x.large)} ${String(x.large.vsLogin).padStart(6)} | ${(x.rpsChange === null ? 'n/a' : `${x.rpsChange > 0 ? '+' : ''}${x.rpsChange}%`).padStart(7)} | ${r.queries.demo} → ${r.queries.large}`,
      );
    }
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

async function main() {
  const t0 = Date.now();
  if (!flag('skip-build')) execSync('npx next build', { stdio: 'inherit' });
  fs.mkdirSync(OUT, { recursive: true });
  const datasets = [demoDataset(OUT), largeDataset(OUT, FACTOR)];
  console.log(`datasets ready in ${Math.round((Date.now() - t0) / 1000)} s`);
  const measured: Measured[] = [];
  for (const ds of datasets) measured.push(await measure(ds));
  const js = firstLoadJs();
  const rows = printSummary(measured, js);
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      cpuModel: cpus[0]?.model.trim(),
      cores: cpus.length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
    },
    settings: { durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, largeFactor: FACTOR, quick: QUICK },
    notes: {
      queries:
        'SQL statements prepared by the server while answering one request (HYOKA_COUNT_QUERIES=1, db/open.ts), counted, not estimated',
      autosave:
        'saveAssessment POSTed as the browser sends it (action id checked against the server-reference manifest, router-state header and arguments captured from a real save), as a staff user; each connection saves its own section of the in-progress year and names the version the previous save returned, so every save writes a new version, a revision and an audit row; "saved" is checked against the versions in the database',
      pdf: 'draftMs: the in-progress year rendered to PDF by Chromium (on every request); officialFirstMs: the published year on its first download (generated and stored); officialStoredMs: served from the store',
      peakRss: 'VmHWM of the next-server process, over the whole run on that dataset (load, PDF, Lighthouse)',
      firstLoadJs: 'sum of the gzipped chunks each route loads first, from .next/diagnostics/route-bundle-stats.json',
    },
    datasets: measured,
    summary: rows,
    firstLoadJs: js,
    totalSeconds: Math.round((Date.now() - t0) / 1000),
  };
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)} (${results.totalSeconds} s in all)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
