// `npm run bench`: builds, then for the demo and a large generated dataset starts the production
// server on 127.0.0.1 and measures each page with autocannon (10 and 50 connections), counts SQL
// queries per request, times the PDF, reads the server's peak memory, runs Lighthouse, and sums
// first-load JavaScript per route. Prints a table and writes bench/results.json.
//   npm run bench -- --duration 5 --factor 1 [--skip-build] [--skip-lighthouse]
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Dataset, demoDataset, largeDataset } from './datasets';
import { firstLoadJs } from './first-load';
import { lighthouseScores } from './lighthouse';
import { load, type LoadResult, type Target } from './load';
import { loginCookie, startServer } from './server';
import { benchTargets } from './targets';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const DURATION = Number(arg('duration', '5'));
const FACTOR = Number(arg('factor', '1'));
const PORT = 3200;
const OUT = path.resolve('bench/out');

type EndpointResult = { name: string; queries: number | null; runs: LoadResult[]; vsLogin: number | null };

async function queriesFor(base: string, target: Target): Promise<number | null> {
  const count = async () => ((await (await fetch(`${base}/api/debug/queries`)).json()) as { queries: number }).queries;
  try {
    const before = await count();
    await fetch(base + target.path, { method: target.method ?? 'GET', headers: target.headers, body: target.body, redirect: 'manual' });
    return (await count()) - before;
  } catch {
    return null;
  }
}

async function measure(ds: Dataset) {
  console.log(`\n## dataset ${ds.name}: ${JSON.stringify(ds.sizes)}`);
  const server = await startServer(ds.file, PORT);
  try {
    const adminCookie = await loginCookie(server.base, ds.admin, ds.password);
    const committeeCookie = await loginCookie(server.base, ds.committee, ds.password);
    const targets = await benchTargets(server.base, ds, adminCookie, committeeCookie);
    const results: EndpointResult[] = [];
    for (const [name, target] of targets) {
      await fetch(server.base + target.path, { method: target.method ?? 'GET', headers: target.headers, body: target.body }); // warm up
      const queries = await queriesFor(server.base, target);
      const runs: LoadResult[] = [];
      for (const c of [10, 50]) runs.push(await load(server.base, target, c, DURATION));
      results.push({ name, queries, runs, vsLogin: null });
      console.log(`${name.padEnd(22)} q=${String(queries).padStart(3)} ` + runs.map((r) => `c${r.connections}: ${r.rps} req/s p50 ${r.p50} p95 ${r.p95} p99 ${r.p99} ms${r.non2xx ? ` (${r.non2xx} non-2xx)` : ''}`).join(' | '));
    }
    const login = results.find((r) => r.name === '/login baseline');
    for (const r of results) r.vsLogin = login ? Math.round((r.runs[0]!.rps / login.runs[0]!.rps) * 100) / 100 : null;

    let pdfMs: number | null = null;
    const pdfStart = Date.now();
    const pdf = await fetch(`${server.base}/years/${ds.year}/report.pdf`, { headers: { cookie: adminCookie } });
    if (pdf.ok && (pdf.headers.get('content-type') ?? '').includes('pdf')) {
      await pdf.arrayBuffer();
      pdfMs = Date.now() - pdfStart;
    }
    const lighthouse = flag('skip-lighthouse')
      ? []
      : await lighthouseScores(server.base, adminCookie, [
          { name: 'login', path: '/login' },
          { name: 'dashboard', path: `/years/${ds.year}/dashboard` },
          { name: 'section page', path: `/years/${ds.year}/sections/${ds.sectionId}` },
          { name: 'report', path: `/years/${ds.year}/report` },
        ]);
    for (const l of lighthouse) console.log(`lighthouse ${l.page}: performance ${l.performance}, accessibility ${l.accessibility}`);
    const peakRssMb = Math.round(server.peakRssKb() / 1024);
    console.log(`pdf generation: ${pdfMs ?? 'n/a'} ms; server peak memory: ${peakRssMb} MB`);
    return { dataset: ds.name, sizes: ds.sizes, endpoints: results, pdfMs, peakRssMb, lighthouse };
  } finally {
    await server.stop();
  }
}

async function main() {
  if (!flag('skip-build')) execSync('npx next build', { stdio: 'inherit' });
  fs.mkdirSync(OUT, { recursive: true });
  const datasets = [demoDataset(OUT), largeDataset(OUT, FACTOR)];
  const measured = [];
  for (const ds of datasets) measured.push(await measure(ds));
  const js = firstLoadJs();
  console.log('\nfirst-load JS (gzip):');
  for (const r of js) console.log(`${r.route.padEnd(40)} ${r.gzipKb} kB`);
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
    durationSeconds: DURATION,
    datasets: measured,
    firstLoadJs: js,
  };
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
