// Prints the README's benchmark table from bench/results.json: `npx tsx bench/table.ts`.
import fs from 'node:fs';

type Run = { rps: number; p50: number; p95: number; p99: number; vsLogin: number | null };
type Row = {
  name: string;
  queries: { demo: number | null; large: number | null };
  bytes: { demo: number; large: number };
  c10: { demo: Run; large: Run; rpsChange: number | null };
  c50: { demo: Run; large: Run };
};
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
    lighthouse: { page: string; performance: number; accessibility: number }[];
  }[];
  summary: Row[];
  firstLoadJs: { route: string; gzipKb: number }[];
};

const r = JSON.parse(fs.readFileSync('bench/results.json', 'utf8')) as Results;
const ms = (n: number) => Math.round(n);
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} B`);
const lines: string[] = [];
lines.push(
  `Measured ${r.date.slice(0, 10)} on ${r.machine.cpuModel}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node} (\`${r.command}\`).`,
);
lines.push('');
lines.push(
  '| endpoint | req/s demo → large (10 conn.) | p50 / p99 ms, large | ×/login, large | req/s at 50 conn., large | SQL per request | response, large |',
);
lines.push('|---|---|---|---|---|---|---|');
for (const s of r.summary) {
  lines.push(
    `| ${s.name} | ${s.c10.demo.rps} → ${s.c10.large.rps} | ${ms(s.c10.large.p50)} / ${ms(s.c10.large.p99)} | ${s.c10.large.vsLogin ?? '–'} | ${s.c50.large.rps} | ${s.queries.demo} → ${s.queries.large} | ${kb(s.bytes.large)} |`,
  );
}
lines.push('');
const [demo, large] = r.datasets;
const lh = (d: Results['datasets'][number]) => d.lighthouse.map((l) => `${l.page} ${l.performance}/${l.accessibility}`).join(', ');
if (demo && large) {
  lines.push(`| | demo | large |`);
  lines.push('|---|---|---|');
  lines.push(
    `| data | ${demo.sizes.indicators} indicators, ${demo.sizes.monthlyValues} monthly values | ${large.sizes.plans} years, ${large.sizes.sections} sections, ${large.sizes.indicators} indicators, ${large.sizes.monthlyValues} monthly values, ${large.sizes.revisions} revisions, ${large.sizes.opinions} opinions, ${large.sizes.users} users |`,
  );
  lines.push(
    `| PDF (draft, rendered now / published, first download) | ${demo.pdf.draftMs} / ${demo.pdf.officialFirstMs} ms | ${large.pdf.draftMs} / ${large.pdf.officialFirstMs} ms |`,
  );
  lines.push(`| server peak memory | ${demo.peakRssMb} MB | ${large.peakRssMb} MB |`);
  lines.push(`| Lighthouse desktop, performance/accessibility | ${lh(demo)} | ${lh(large)} |`);
}
const js = (route: string) => r.firstLoadJs.find((j) => j.route === route)?.gzipKb;
lines.push('');
lines.push(
  `First-load JS (gzip): login ${js('/login')} kB, dashboard ${js('/years/[year]/dashboard')} kB, section page ${js('/years/[year]/sections/[id]')} kB, report ${js('/years/[year]/report')} kB (every route: bench/results.json).`,
);
console.log(lines.join('\n'));
