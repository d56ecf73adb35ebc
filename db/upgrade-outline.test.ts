// The issue-11 backfill: a database from before numbers and titles were data keeps printing
// what it printed (１.業務環境, …の評価), published plans included, and their guards come back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from './open';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-outline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function before(tag: string): string {
  const folder = path.join(dir, `migrations-${tag}`);
  fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const file = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8'));
  journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < tag);
  fs.writeFileSync(file, JSON.stringify(journal));
  return folder;
}

describe('backfill of document titles and heading numbers', () => {
  it('keeps the printed form of old data and restores the published guards', () => {
    const file = path.join(dir, 'old.db');
    const old = openDatabase(file);
    migrateDatabase(old.db, before('0004_org_settings_outline'));
    const run = (sql: string) => old.sqlite.prepare(sql).run();
    run("insert into organisations (name) values ('旧版の協会')");
    run("insert into plans (organisation_id, kind, title, start_year, end_year) values (1, 'annual', '令和5年度 経営計画', 2023, 2023)");
    run(
      "insert into plans (organisation_id, kind, title, start_year, end_year) values (1, 'annual', '令和6年度 経営計画の評価', 2024, 2024)",
    );
    for (const [plan, key, number] of [
      [1, 'a', '1'],
      [1, 'b', '12'],
      [1, 'c', '⑴'],
      [1, 'd', ''],
      [2, 'a', '3'],
    ] as const)
      run(`insert into sections (plan_id, key, number, title, kind) values (${plan}, '${key}', '${number}', 't', 'narrative')`);
    run("update plans set phase = 'published' where id = 2");
    old.sqlite.close();

    const up = openDatabase(file);
    migrateDatabase(up.db);
    const rows = (sql: string) => up.sqlite.prepare(sql).all();
    expect(rows('select document_title as t from plans order by id')).toEqual([
      { t: '令和5年度 経営計画の評価' },
      { t: '令和6年度 経営計画の評価' },
    ]);
    expect(rows('select number as n from sections order by id')).toEqual([
      { n: '１.' },
      { n: '１２.' },
      { n: '⑴' },
      { n: '' },
      { n: '３.' },
    ]);
    expect(rows('select short_name as s from organisations')).toEqual([{ s: '旧版の協会' }]);
    expect(rows('select numbering as n from plans')).toEqual([{ n: '["arabic_dot"]' }, { n: '["arabic_dot"]' }]);
    expect(() => up.sqlite.prepare("update sections set number = '9' where plan_id = 2").run()).toThrow(/published/);
    expect(() => up.sqlite.prepare("update plans set title = 'x' where id = 2").run()).toThrow(/published/);
    up.sqlite.close();
  });
});
