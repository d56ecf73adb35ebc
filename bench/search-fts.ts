// The search index on the large dataset, in process: /search's SQL (db/queries/search.ts) alone,
// without the server, per kind of query and viewer. `npm run bench` measures the endpoint and the
// index size; this is for looking into the query itself. `npx tsx bench/search-fts.ts` (a minute).
//
// The generated narratives are short ("改訂 123"); a second pass gives every self-assessment a
// narrative of the demo's length (bench/narratives.ts), as the bench's large dataset has.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@/db/open';
import { searchIndex } from '@/db/queries/search';
import { BENCH_SIZES, generateLarge } from '@/db/seed/generate-large';
import { seedDemo } from '@/db/seed/load';
import { demoNarratives, giveDemoLengthNarratives } from './narratives';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-fts-'));
const file = path.join(dir, 'large.db');
const h = openDatabase(file);
migrateDatabase(h.db);
const data = generateLarge(h.sqlite, BENCH_SIZES);

const size = () => {
  const rows = h.sqlite.prepare("select name, sum(pgsize) as bytes from dbstat where name like 'search_index%' group by name").all() as {
    name: string;
    bytes: number;
  }[];
  const total = rows.reduce((n, r) => n + r.bytes, 0);
  const db = (h.sqlite.prepare('select page_count * page_size as b from pragma_page_count(), pragma_page_size()').get() as { b: number }).b;
  return { indexBytes: total, databaseBytes: db, tables: Object.fromEntries(rows.map((r) => [r.name, r.bytes])) };
};
const count = (sql: string) => (h.sqlite.prepare(sql).get() as { n: number }).n;

const admin = { id: 0, role: 'admin' as const, departmentIds: [], organisationId: data.organisationId };
const committee = { id: 0, role: 'committee' as const, departmentIds: [], organisationId: data.organisationId };

function time(label: string, q: string, viewer: typeof admin | typeof committee = admin, runs = 60) {
  const ms: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    hits = searchIndex(h.db, viewer, q, {}, 50).length;
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  console.log(`  ${label.padEnd(44)} hits ${String(hits).padStart(3)}  median ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}

function report(title: string) {
  const s = size();
  console.log(`\n${title}`);
  console.log(
    `  rows: ${count('select count(*) as n from search_index')} indexed texts, ${count("select count(*) as n from self_assessments where narrative <> ''")} narratives, ` +
      `${count('select count(*) as n from opinions')} opinions, ${count('select count(*) as n from opinion_responses')} responses`,
  );
  console.log(`  index: ${(s.indexBytes / 1048576).toFixed(1)} MB of a ${(s.databaseBytes / 1048576).toFixed(1)} MB database`, s.tables);
  time('3+ characters, FTS: 保証承諾', '保証承諾');
  time('3+ characters, FTS: 事業承継', '事業承継');
  time('3+ characters, FTS, no hit: 存在しない語句', '存在しない語句');
  time('two words, one of 2 characters (LIKE): 保証承諾 計画', '保証承諾 計画');
  time('2 characters, LIKE scan: 創業', '創業');
  time('committee viewer, FTS: 事業承継', '事業承継', committee);
}

report('As generated (BENCH_SIZES: 20 years × 60 sections, 1,000 indicators, 20,000 revisions, 2,000 opinions)');

// Demo-length narratives: the demo's own texts, each made unique by its section number.
const demoFile = path.join(dir, 'demo.db');
const demo = openDatabase(demoFile);
migrateDatabase(demo.db);
seedDemo(demo.db);
demo.sqlite.close();
const texts = demoNarratives(demoFile);
const narratives = giveDemoLengthNarratives(h.sqlite, texts);
const avg = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
report(`With demo-length narratives (${narratives} narratives, ${avg} characters on average, from ${texts.length} demo texts)`);

h.sqlite.close();
fs.rmSync(dir, { recursive: true, force: true });
