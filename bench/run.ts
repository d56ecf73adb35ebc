// `npm run bench`: builds, then for the demo and a large generated dataset starts the production
// server on 127.0.0.1 and measures each page with autocannon (10 and 50 connections): req/s as a
// ratio to /login (in slices alternating with each page's, bench/alternate.ts) and /api/health, the server's CPU ms per request (its own process.cpuUsage),
// the load generator's CPU share, HTML and RSC payload bytes, SQL statements per request; then
// times the PDF, /search (and the FTS index's size) on the large dataset, reads the server's
// peak memory, measures a page view and an autosave in Chromium (every request the page makes
// after its document, and their server CPU), runs Lighthouse, sums first-load JavaScript per
// route, and checks issue 15's targets. Prints tables and writes bench/results.json.
//   npm run bench                        the full run (10 s per measurement; about 12 minutes)
//   npm run bench -- --quick             short measurements, no Lighthouse: for iterating (writes bench/out/results-quick.json)
//   npm run bench -- --size 2            the large dataset twice as large (years, indicators, revisions, opinions, users)
//   npm run bench -- --duration 5 --skip-build --skip-lighthouse --port 3200
// Run it alone on the machine: `flock /tmp/hyoka-heavy.lock npm run bench`.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { counters, cpuMsPerRequest, queriesFor } from './counters';
import { type Dataset, demoDataset, largeDataset } from './datasets';
import { firstLoadJs } from './first-load';
import { checkGoals, formatGoal, HEALTH, LOGIN } from './goals';
import { kB, pageBytes } from './html';
import { lighthouseScores, type LighthouseScore } from './lighthouse';
import { alternate, sliceCount } from './alternate';
import { load, type LoadResult, once, settleMs } from './load';
import { demoNarratives } from './narratives';
import { type BrowserCost, measureBrowserCosts } from './page-views';
import { measureSearch, type SearchResult } from './search';
import { captureAutosave, loginCookie, startServer } from './server';
import { CONNECTIONS, type EndpointResult, printSummary } from './summary';
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
const SKIP_LIGHTHOUSE = QUICK || flag('skip-lighthouse');
const OUT = path.resolve('bench/out');
const RESULTS = QUICK ? path.join(OUT, 'results-quick.json') : path.resolve('bench/results.json');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const ratio = (a: number, b: number | undefined) => (b ? Math.round((a / b) * 100) / 100 : null);

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

type Run = EndpointResult['runs'][number];
const fmtRun = (r: Run) =>
  `${String(r.rps).padStart(7)} ${String(r.vsLogin ?? '–').padStart(5)} ${String(r.vsHealth ?? '–').padStart(5)} ${String(r.serverCpuMs ?? '?').padStart(6)} ${[r.p50, r.p95, r.p99].map((v) => String(Math.round(v)).padStart(5)).join(' ')} ${`${Math.round(r.clientCpu * 100)}%`.padStart(4)}${r.seconds !== DURATION ? ` (${r.seconds} s)` : ''}`;

/** The page as a browser first gets it (document, inline payload) and as a client navigation does (RSC: 1). */
async function pageWeight(base: string, path: string, headers: Record<string, string> | undefined, html: string) {
  const page = pageBytes(html);
  const rscGet = (url: string) => fetch(base + url, { headers: { ...headers, RSC: '1' }, redirect: 'manual' });
  let res = await rscGet(path);
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the URL that has it.
  const location = res.headers.get('location');
  if (res.status === 307 && location?.includes('_rsc')) res = await rscGet(location);
  const body = await res.arrayBuffer();
  const rsc = res.ok && (res.headers.get('content-type') ?? '').includes('text/x-component') ? body.byteLength : null;
  return { page, rscBytes: rsc };
}
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
      `${'endpoint'.padEnd(22)} ${'q/req'.padStart(5)} ${'bytes'.padStart(6)} | ${CONNECTIONS.map((c) => `c${c}: ${'req/s'.padStart(5)} ×login ×hlth cpu ms   p50   p95   p99 gen%`).join(' | ')}`,
    );
    try {
      // Every page once under load before any is measured: the first page measured after the
      // server starts would otherwise pay for the JIT and caches the whole server shares, which
      // lowers /login, the baseline every ratio divides by.
      for (const [, target] of targets) {
        if (target === autosave.target) autosave.sync();
        await sleep(settleMs(await load(server.base, target, 10, WARMUP)));
      }
      for (const [name, target] of targets) {
        const isAutosave = target === autosave.target;
        if (isAutosave) autosave.sync();
        const first = await once(server.base, target);
        const bytes = first.bytes;
        if (first.status !== 200)
          throw new Error(`${name}: ${target.path} answered ${first.status}; the benchmark measures only working pages`);
        const weight = first.contentType.includes('text/html')
          ? await pageWeight(server.base, target.path, target.headers, first.body)
          : { page: null, rscBytes: null };
        const warm = await load(server.base, target, 10, WARMUP); // warm up (JIT, caches) before measuring
        await sleep(settleMs(warm));
        if (isAutosave) autosave.sync();
        const queries = await queriesFor(server.base, target);
        const runs: EndpointResult['runs'] = [];
        const stats: AutosaveStats[] = [];
        const paired = name !== LOGIN && name !== HEALTH ? targets.find(([n]) => n === LOGIN)?.[1] : undefined;
        const sync = isAutosave ? () => autosave.sync() : undefined;
        for (const c of CONNECTIONS) {
          const seconds = durationFor(c, runs[0]);
          const base = (n: string) =>
            n === name ? undefined : results.find((r) => r.name === n)?.runs.find((x) => x.connections === c)?.rps;
          if (paired) {
            // A page: against /login in alternating slices (bench/alternate.ts), at the same connections.
            const a = await alternate(server.base, target, paired, c, seconds, sliceCount(seconds, c, warm.rps), sync);
            runs.push({
              ...a.page,
              serverCpuMs: a.serverCpuMs,
              loginRps: a.login.rps,
              slices: { page: a.pageSlices, login: a.loginSlices },
              vsLogin: ratio(a.page.rps, a.login.rps),
              vsHealth: ratio(a.page.rps, base(HEALTH)),
            });
          } else {
            const before = await counters(server.base);
            const run = await load(server.base, target, c, seconds);
            await sleep(settleMs(run));
            const serverCpuMs = cpuMsPerRequest(before, await counters(server.base), run.sent);
            runs.push({
              ...run,
              serverCpuMs,
              loginRps: null,
              vsLogin: ratio(run.rps, name === LOGIN ? run.rps : base(LOGIN)),
              vsHealth: ratio(run.rps, name === HEALTH ? run.rps : base(HEALTH)),
            });
          }
          if (isAutosave) stats.push(autosave.stats());
        }
        results.push({ name, path: target.path, queries, bytes, ...weight, runs, ...(isAutosave ? { autosave: stats } : {}) });
        const notes = runs
          .flatMap((r) => [
            r.non2xx ? `${r.non2xx} non-2xx at c${r.connections}` : '',
            r.errors ? `${r.errors} errors at c${r.connections}` : '',
          ])
          .filter(Boolean);
        console.log(
          `${name.padEnd(22)} ${String(queries ?? '?').padStart(5)} ${`${Math.round(bytes / 1024)}k`.padStart(6)} | ${runs.map((r) => `c${r.connections}: ${fmtRun(r)}   `).join(' | ')}${notes.length ? `  (${notes.join(', ')})` : ''}`,
        );
        if (weight.page)
          console.log(
            `${''.padEnd(28)}HTML ${kB(weight.page.document)} = markup ${kB(weight.page.markup)} + inline payload ${kB(weight.page.inlinePayload)} (decoded ${kB(weight.page.payloadDecoded)}); RSC: 1 request ${weight.rscBytes === null ? 'n/a' : kB(weight.rscBytes)}`,
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
    // The baselines come first, so /api/health's ratio to /login is known only now.
    for (const r of results)
      for (const run of r.runs) {
        const base = (n: string) => results.find((x) => x.name === n)?.runs.find((x) => x.connections === run.connections)?.rps;
        run.vsLogin = ratio(run.rps, run.loginRps ?? base(LOGIN));
        run.vsHealth = ratio(run.rps, base(HEALTH));
      }

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

    // /search one request at a time (issue 16: median server time at ≥ 1,000 narratives).
    let search: SearchResult | null = null;
    if (ds.name === 'large') {
      search = await measureSearch(server.base, adminCookie, ds.file, QUICK);
      console.log(
        `search: FTS index ${(search.indexBytes / 1e6).toFixed(1)} MB of a ${(search.databaseBytes / 1e6).toFixed(1)} MB database, ${search.indexedTexts} texts, ${search.narratives} narratives`,
      );
      for (const q of search.queries)
        console.log(
          `  /search?q=${q.q}: median ${q.medianMs} ms, p90 ${q.p90Ms} ms (one client, in sequence), server CPU ${q.serverCpuMs} ms, ${kB(q.bytes)}${q.status !== 200 ? ` (status ${q.status})` : ''}`,
        );
    }

    // In Chromium: a page view and an autosave with everything the page asks for after the document.
    const browser: BrowserCost[] = await measureBrowserCosts(
      server.base,
      { id: ds.admin, password: ds.password },
      [
        { name: 'year dashboard', path: `/years/${ds.year}/dashboard` },
        { name: 'section page', path: `/years/${ds.year}/sections/${ds.sectionId}` },
        { name: 'committee home', path: `/years/${ds.year}/review` },
        { name: 'report preview', path: `/years/${ds.year}/report` },
      ],
      {
        staff: ds.autosave.staff,
        password: ds.autosave.password,
        sectionPath: `/years/${ds.autosave.year}/sections/${ds.autosave.sectionIds[0]}`,
      },
      QUICK ? 1 : 3,
    );
    for (const b of browser)
      console.log(
        `in the browser: ${b.name.padEnd(15)} server CPU ${b.serverCpuMs} ms; requests: ${b.requests.document} document, ${b.requests.rsc} page data (RSC), ${b.requests.action} action, ${b.requests.api} API, ${b.requests.other} static`,
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
      search,
      browser,
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

async function main() {
  const t0 = Date.now();
  if (!flag('skip-build')) execSync('npx next build', { stdio: 'inherit' });
  fs.mkdirSync(OUT, { recursive: true });
  const demo = demoDataset(OUT);
  const datasets = [demo, largeDataset(OUT, FACTOR, demoNarratives(demo.file))];
  console.log(`datasets ready in ${Math.round((Date.now() - t0) / 1000)} s`);
  const measured: Measured[] = [];
  for (const ds of datasets) measured.push(await measure(ds));
  const js = firstLoadJs();
  const rows = printSummary(measured, js);
  const goals = checkGoals(
    measured.map((m) => ({
      dataset: m.dataset,
      peakRssMb: m.peakRssMb,
      endpoints: m.endpoints.map((e) => ({
        name: e.name,
        rps: e.runs[0]!.rps,
        loginRps: e.runs[0]!.loginRps,
        loginSlices: e.runs[0]!.slices?.login ?? null,
        bytes: e.page,
      })),
    })),
    measured.find((m) => m.search)?.search ?? null,
  );
  console.log(`\n# Issue 15's targets (req/s ratios at ${CONNECTIONS[0]} connections; 1 kB = 1,000 bytes)`);
  for (const g of goals) console.log(formatGoal(g));
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
      slices:
        "a page's runs are slices alternating with /login's at the same connections (/login, page, …, /login; bench/alternate.ts); rps and vsLogin are rates over the slices, a slice's requests in flight at its end counted as half served; slices.page and slices.login are each slice's req/s",
      queries:
        'SQL statements prepared by the server while answering one request (HYOKA_COUNT_QUERIES=1, db/open.ts), counted, not estimated',
      autosave:
        'saveAssessment POSTed as the browser sends it (action id checked against the server-reference manifest, router-state header and arguments captured from a real save), as a staff user; each connection saves its own section of the in-progress year and names the version the previous save returned, so every save writes a new version, a revision and an audit row; "saved" is checked against the versions in the database',
      pdf: 'draftMs: the in-progress year rendered to PDF by Chromium (on every request); officialFirstMs: the published year on its first download (generated and stored); officialStoredMs: served from the store',
      peakRss: 'VmHWM of the next-server process, over the whole run on that dataset (load, PDF, Lighthouse)',
      serverCpuMs:
        "the server process's CPU time (process.cpuUsage, user + system, read from /api/debug/queries before the run and after its in-flight requests finished) divided by the requests sent",
      clientCpu:
        "the load generator's own CPU (the bench process, user + system) over the run's wall time: 1 = one full core of the machine's",
      bytes:
        'page.document: the HTML document as sent, uncompressed; page.inlinePayload: its inline self.__next_f.push script elements; page.markup: the rest; page.payloadDecoded: the pushed strings decoded; rscBytes: the same URL requested with the RSC: 1 header (a client navigation)',
      search:
        '/search on the large dataset (every self-assessment given a demo-length narrative), one client sending requests in sequence: the time of each is the server time plus loopback; index size from dbstat',
      firstLoadJs: 'sum of the gzipped chunks each route loads first, from .next/diagnostics/route-bundle-stats.json',
    },
    datasets: measured,
    summary: rows,
    goals,
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
