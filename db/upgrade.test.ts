// Upgrades: a database made by the previous release (all migrations but the newest, with data
// in it) takes the newest migrations cleanly; a backup restores to identical data.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableChecksums } from './checksum';
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from './open';
import { createTestDb } from '@/lib/testing/test-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-upgrade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the migrations folder without its newest `drop` entries. */
function previousRelease(drop: number): string {
  const folder = path.join(dir, `migrations-${drop}`);
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, journal.entries.length - drop);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('migrations', () => {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));

  it('apply cleanly on top of the previous release, keeping its data', () => {
    const file = path.join(dir, 'old.db');
    const old = openDatabase(file);
    migrateDatabase(old.db, previousRelease(1));
    old.sqlite.prepare("insert into organisations (name) values ('旧版の協会')").run();
    old.sqlite.prepare("insert into departments (organisation_id, code, name) values (1, 'x', '企画部')").run();
    old.sqlite
      .prepare("insert into plans (organisation_id, kind, title, start_year, end_year) values (1, 'annual', '旧計画', 2023, 2023)")
      .run();
    old.sqlite.close();

    const upgraded = openDatabase(file);
    migrateDatabase(upgraded.db);
    expect(upgraded.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(upgraded.sqlite.pragma('foreign_key_check')).toEqual([]);
    const applied = upgraded.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    expect(applied.n).toBe(journal.entries.length);
    expect(upgraded.sqlite.prepare('select title from plans').get()).toEqual({ title: '旧計画' });
    upgraded.sqlite.close();
  });

  it('apply to an empty database and again as a no-op', () => {
    const t = createTestDb();
    const before = tableChecksums(t.sqlite);
    migrateDatabase(t.db);
    expect(tableChecksums(t.sqlite)).toEqual(before);
    t.cleanup();
  });
});

describe('npm run db:backup', () => {
  it('writes a copy that restores to identical data', () => {
    const t = createTestDb({ demo: true });
    const target = path.join(dir, 'backup.db');
    execFileSync('npx', ['tsx', 'scripts/db-backup.ts', target], { env: { ...process.env, DATABASE_URL: t.file }, stdio: 'pipe' });
    const restored = openDatabase(target);
    expect(restored.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(tableChecksums(restored.sqlite)).toEqual(tableChecksums(t.sqlite));
    restored.sqlite.close();
    t.cleanup();
  });
});
