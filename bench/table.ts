// Prints the README's benchmark table from bench/results.json (or the file given):
// `npx tsx bench/table.ts [bench/out/results-quick.json]`. Ratios first: they are what we judge.
import fs from 'node:fs';
import type { Goal } from './goals';
import { formatGoal } from './goals';
import { kB } from './html';
import type { BrowserCost } from './page-views';
import type { SearchResult } from './search';
import type { SummaryRow } from './summary';

type Results = {
  date: string;
  command: string;
  machine: { cpuModel: string; cores: number; memoryGb: number; node: string };
  settings: { durationSeconds: number };
  datasets: {
    dataset: string;
    sizes: Record<string, number>;
    pdf: { draftMs: number | null; officialFirstMs: number | null };
    peakRssMb: number;
    search: SearchResult | null;
    browser?: BrowserCost[];
    lighthouse: { page: string; performance: number; accessibility: number }[];
    loadAverage?: { before: number[]; after: number[] };
  }[];
  summary: SummaryRow[];
  goals?: Goal[];
  firstLoadJs: { route: string; gzipKb: number }[];
};

const file = process.argv[2] ?? 'bench/results.json';
const r = JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
if (!r.summary[0]?.page) {
  console.error(`${file} predates the ratios, CPU and payload figures: run \`npm run bench\` to refresh it`);
  process.exit(1);
}
const ms = (n: number) => Math.round(n);
const or = (v: unknown) => (v === null || v === undefined ? '–' : String(v));
const lines: string[] = [];
lines.push(
  `Measured ${r.date.slice(0, 10)} on ${r.machine.cpuModel}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node} (\`${r.command}\`), 10 connections.`,
);
lines.push('');
lines.push(
  '| endpoint | ×/login, demo / large | ×/api/health, demo / large | large/demo | req/s, demo → large | server CPU ms per request, demo → large | p50 / p99 ms, large | HTML (inline payload), demo | RSC: 1 response, demo | SQL per request |',
);
lines.push('|---|---|---|---|---|---|---|---|---|---|');
for (const s of r.summary) {
  const { demo, large } = s.c10;
  const page = s.page.demo;
  lines.push(
    `| ${s.name} | ${or(demo.vsLogin)} / ${or(large.vsLogin)} | ${or(demo.vsHealth)} / ${or(large.vsHealth)} | ${or(s.c10.largeVsDemo)} | ${demo.rps} → ${large.rps} | ${or(demo.serverCpuMs)} → ${or(large.serverCpuMs)} | ${ms(large.p50)} / ${ms(large.p99)} | ${page ? `${kB(page.document)} (${kB(page.inlinePayload)})` : kB(s.bytes.demo)} | ${s.rscBytes.demo === null ? '–' : kB(s.rscBytes.demo)} | ${or(s.queries.demo)} → ${or(s.queries.large)} |`,
  );
}
const gen = r.summary.flatMap((s) => [s.c10.demo.clientCpu, s.c10.large.clientCpu]);
lines.push('');
lines.push(
  `The load generator (autocannon, in the bench's own process) used ${Math.round(Math.min(...gen) * 100)}–${Math.round(Math.max(...gen) * 100)} % of one core during these runs. ` +
    "Server CPU: the server's process.cpuUsage() around each run, divided by the requests sent. HTML: the document as sent, uncompressed, with the inline `self.__next_f.push` scripts in brackets; RSC: the same URL requested with `RSC: 1` (a client navigation). 1 kB = 1,000 bytes.",
);
lines.push('');
const [demo, large] = r.datasets;
const lh = (d: Results['datasets'][number]) => d.lighthouse.map((l) => `${l.page} ${l.performance}/${l.accessibility}`).join(', ') || '–';
if (demo && large) {
  lines.push('| | demo | large |');
  lines.push('|---|---|---|');
  lines.push(
    `| data | ${demo.sizes.indicators} indicators, ${demo.sizes.monthlyValues} monthly values | ${large.sizes.plans} years, ${large.sizes.sections} sections, ${large.sizes.indicators} indicators, ${large.sizes.monthlyValues} monthly values, ${large.sizes.revisions} revisions, ${large.sizes.opinions} opinions, ${large.sizes.users} users |`,
  );
  lines.push(
    `| PDF (draft, rendered now / published, first download) | ${demo.pdf.draftMs} / ${demo.pdf.officialFirstMs} ms | ${large.pdf.draftMs} / ${large.pdf.officialFirstMs} ms |`,
  );
  lines.push(`| server peak memory | ${demo.peakRssMb} MB | ${large.peakRssMb} MB |`);
  lines.push(`| Lighthouse desktop, performance/accessibility | ${lh(demo)} | ${lh(large)} |`);
  if (demo.loadAverage && large.loadAverage)
    lines.push(
      `| machine load average (1 min) before / after | ${demo.loadAverage.before[0]} / ${demo.loadAverage.after[0]} | ${large.loadAverage.before[0]} / ${large.loadAverage.after[0]} |`,
    );
}
if (demo?.browser && large?.browser) {
  const rq = (b: BrowserCost) => b.requests.document + b.requests.rsc + b.requests.action + (b.requests.api ?? 0);
  lines.push('');
  lines.push(
    'In Chromium, as a user sees it (median of 3): the server CPU of a whole page view (the document and every request of the page after it) and of one autosave, with the requests that reached the app (documents, page data, actions, API calls; static files aside).',
  );
  lines.push('');
  lines.push('| | server CPU ms, demo → large | app requests, demo → large |');
  lines.push('|---|---|---|');
  for (const b of demo.browser) {
    const l = large.browser.find((x) => x.name === b.name);
    lines.push(`| ${b.name} | ${b.serverCpuMs} → ${or(l?.serverCpuMs)} | ${rq(b)} → ${l ? rq(l) : '–'} |`);
  }
}
const search = r.datasets.find((d) => d.search)?.search;
if (search) {
  lines.push('');
  lines.push(
    `Search on the large dataset (${search.narratives} narratives of the demo's length, FTS index ${(search.indexBytes / 1e6).toFixed(1)} MB of a ${(search.databaseBytes / 1e6).toFixed(1)} MB database), median of requests sent one after another: ` +
      search.queries.map((q) => `「${q.q}」 ${q.medianMs} ms (server CPU ${or(q.serverCpuMs)} ms)`).join(', ') +
      '.',
  );
}
const js = (route: string) => r.firstLoadJs.find((j) => j.route === route)?.gzipKb;
lines.push('');
lines.push(
  `First-load JS (gzip): login ${js('/login')} kB, dashboard ${js('/years/[year]/dashboard')} kB, section page ${js('/years/[year]/sections/[id]')} kB, report ${js('/years/[year]/report')} kB (every route: bench/results.json).`,
);
if (r.goals?.length) {
  lines.push('');
  lines.push('Targets of issue 15 (and 16, search):');
  lines.push('');
  for (const g of r.goals) lines.push(`- ${formatGoal(g)}`);
}
console.log(lines.join('\n'));
