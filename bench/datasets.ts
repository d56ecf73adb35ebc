// The two datasets the benchmark compares: the demo, and a large generated organisation.
import fs from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@/db/open';
import { BENCH_SIZES, generateLarge, type LargeSizes } from '@/db/seed/generate-large';
import { seedDemo } from '@/db/seed/load';
import { hashPassword } from '@/lib/auth/password';

export const BENCH_PASSWORD = 'bench-password-2024';

export type Dataset = {
  name: string;
  file: string;
  year: number;
  sectionId: number;
  admin: string;
  committee: string;
  password: string;
  sizes: Record<string, number>;
};

function fresh(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const h = openDatabase(file);
  migrateDatabase(h.db);
  return h;
}

function counts(sqlite: ReturnType<typeof openDatabase>['sqlite']) {
  const n = (t: string) => (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
  return {
    plans: n('plans'),
    sections: n('sections'),
    indicators: n('indicators'),
    monthlyValues: n('monthly_actuals'),
    revisions: n('self_assessment_revisions'),
    opinions: n('opinions'),
    users: n('users'),
  };
}

export function demoDataset(dir: string): Dataset {
  const file = path.join(dir, 'demo.db');
  const { sqlite, db } = fresh(file);
  seedDemo(db);
  const section = sqlite.prepare("select s.id from sections s join plans p on p.id = s.plan_id where p.start_year = 2024 and p.kind = 'annual' and s.key = 'init.hosho.digitalisation'").get() as { id: number };
  const sizes = counts(sqlite);
  sqlite.close();
  return { name: 'demo', file, year: 2024, sectionId: section.id, admin: 'admin', committee: 'committee1', password: 'hyoka-demo-2024', sizes };
}

export function largeDataset(dir: string, factor = 1): Dataset {
  const file = path.join(dir, 'large.db');
  const { sqlite } = fresh(file);
  const sizes: LargeSizes = {
    ...BENCH_SIZES,
    years: Math.max(2, Math.round(BENCH_SIZES.years * factor)),
    indicators: Math.round(BENCH_SIZES.indicators * factor),
    revisions: Math.round(BENCH_SIZES.revisions * factor),
    opinions: Math.round(BENCH_SIZES.opinions * factor),
    users: Math.round(BENCH_SIZES.users * factor),
  };
  const data = generateLarge(sqlite, sizes);
  // Accounts the benchmark can log in with (the generated ones have no usable password).
  const hash = hashPassword(BENCH_PASSWORD);
  const insert = sqlite.prepare('insert into users (organisation_id, login_id, display_name, password_hash, role) values (?, ?, ?, ?, ?)');
  insert.run(data.organisationId, 'bench-admin', 'ベンチ管理者', hash, 'admin');
  insert.run(data.organisationId, 'bench-committee', 'ベンチ委員', hash, 'committee');
  // Measure the last published year: it has narratives, opinions and a report.
  const year = data.years[data.years.length - 2] ?? data.lastYear;
  const section = sqlite
    .prepare("select s.id from sections s join plans p on p.id = s.plan_id join self_assessments a on a.section_id = s.id where p.start_year = ? and p.kind = 'annual' order by s.id limit 1")
    .get(year) as { id: number };
  const result = counts(sqlite);
  sqlite.close();
  return { name: 'large', file, year, sectionId: section.id, admin: 'bench-admin', committee: 'bench-committee', password: BENCH_PASSWORD, sizes: result };
}
