// The two datasets the benchmark compares: the demo, and a large generated organisation.
import fs from 'node:fs';
import path from 'node:path';
import { migrateDatabase, openDatabase } from '@/db/open';
import { BENCH_SIZES, generateLarge, type LargeSizes } from '@/db/seed/generate-large';
import { seedDemo } from '@/db/seed/load';
import { hashPassword } from '@/lib/auth/password';
import { giveDemoLengthNarratives } from './narratives';

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
  /** The autosave target: a staff account and sections of the in-progress year it owns, one per connection. */
  autosave: AutosaveSetup;
};

export type AutosaveSetup = { year: number; staff: string; password: string; sectionIds: number[] };

/** Enough sections that each of the 50 connections always saves its own (no conflicts). */
export const AUTOSAVE_SECTIONS = 64;

/**
 * Adds to the in-progress year a staff account of an existing department and sections it owns,
 * each with a draft self-assessment at version 1: a load test where every connection is one
 * editor autosaving their own section. The measured (published) year is not touched.
 */
function addAutosaveSections(sqlite: ReturnType<typeof openDatabase>['sqlite'], year: number, departmentName: string): AutosaveSetup {
  const plan = sqlite.prepare("select id, organisation_id as org from plans where start_year = ? and kind = 'annual'").get(year) as {
    id: number;
    org: number;
  };
  const dept = sqlite.prepare('select id from departments where organisation_id = ? and name = ?').get(plan.org, departmentName) as {
    id: number;
  };
  const staff = 'bench-staff';
  const userId = Number(
    sqlite
      .prepare("insert into users (organisation_id, login_id, display_name, password_hash, role) values (?, ?, 'ベンチ担当者', ?, 'staff')")
      .run(plan.org, staff, hashPassword(BENCH_PASSWORD)).lastInsertRowid,
  );
  sqlite.prepare('insert into user_departments (user_id, department_id) values (?, ?)').run(userId, dept.id);
  const section = sqlite.prepare(
    "insert into sections (plan_id, parent_id, key, number, title, kind, department_id, sort_order) values (?, null, ?, '', ?, 'initiative', ?, ?)",
  );
  const assessment = sqlite.prepare(
    "insert into self_assessments (section_id, narrative, status, version, updated_by) values (?, ?, 'draft', 1, ?)",
  );
  const revision = sqlite.prepare(
    "insert into self_assessment_revisions (self_assessment_id, version, narrative, status, author_id) values (?, 1, ?, 'draft', ?)",
  );
  const sectionIds = sqlite.transaction(() =>
    Array.from({ length: AUTOSAVE_SECTIONS }, (_, i) => {
      const sid = Number(section.run(plan.id, `bench.autosave.${i}`, `ベンチ自動保存 ${i + 1}`, dept.id, 10_000 + i).lastInsertRowid);
      const aid = Number(assessment.run(sid, 'ベンチ', userId).lastInsertRowid);
      revision.run(aid, 'ベンチ', userId);
      return sid;
    }),
  )();
  return { year, staff, password: BENCH_PASSWORD, sectionIds };
}

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
  const section = sqlite
    .prepare(
      "select s.id from sections s join plans p on p.id = s.plan_id where p.start_year = 2024 and p.kind = 'annual' and s.key = 'init.hosho.digitalisation'",
    )
    .get() as { id: number };
  const sizes = counts(sqlite);
  const autosave = addAutosaveSections(sqlite, 2025, '保証部門');
  sqlite.close();
  return {
    name: 'demo',
    file,
    year: 2024,
    sectionId: section.id,
    admin: 'admin',
    committee: 'committee1',
    password: 'hyoka-demo-2024',
    sizes,
    autosave,
  };
}

/** `narratives`: the demo's texts, given to every self-assessment (bench/narratives.ts). */
export function largeDataset(dir: string, factor = 1, narratives: string[] = []): Dataset {
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
  if (narratives.length) giveDemoLengthNarratives(sqlite, narratives);
  // Accounts the benchmark can log in with (the generated ones have no usable password).
  const hash = hashPassword(BENCH_PASSWORD);
  const insert = sqlite.prepare('insert into users (organisation_id, login_id, display_name, password_hash, role) values (?, ?, ?, ?, ?)');
  insert.run(data.organisationId, 'bench-admin', 'ベンチ管理者', hash, 'admin');
  insert.run(data.organisationId, 'bench-committee', 'ベンチ委員', hash, 'committee');
  // Measure the last published year: it has narratives, opinions and a report.
  const year = data.years[data.years.length - 2] ?? data.lastYear;
  const section = sqlite
    .prepare(
      "select s.id from sections s join plans p on p.id = s.plan_id join self_assessments a on a.section_id = s.id where p.start_year = ? and p.kind = 'annual' order by s.id limit 1",
    )
    .get(year) as { id: number };
  const result = counts(sqlite);
  const autosave = addAutosaveSections(sqlite, data.lastYear, '保証部門');
  sqlite.close();
  return {
    name: 'large',
    file,
    year,
    sectionId: section.id,
    admin: 'bench-admin',
    committee: 'bench-committee',
    password: BENCH_PASSWORD,
    sizes: result,
    autosave,
  };
}
