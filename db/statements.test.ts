import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { countStatementsGlobally, queryCount, reuseStatements } from './open';

function handle(limit?: number) {
  const sqlite = new Database(':memory:');
  const prepared: string[] = [];
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return original(source);
  }) as typeof sqlite.prepare;
  reuseStatements(sqlite, limit);
  sqlite.exec('create table t (id integer primary key, name text)');
  return { sqlite, db: drizzle(sqlite), prepared };
}

describe('prepared statements reused across queries', () => {
  it('prepares a query text once however often it runs, with each run its own parameters', () => {
    const { db, prepared } = handle();
    for (const name of ['a', 'b', 'c']) db.run(sql`insert into t (name) values (${name})`);
    const byId = (id: number) => db.get<{ name: string }>(sql`select name from t where id = ${id}`);
    expect([byId(1)?.name, byId(2)?.name, byId(3)?.name]).toEqual(['a', 'b', 'c']);
    expect(prepared.filter((s) => s.startsWith('insert'))).toHaveLength(1);
    expect(prepared.filter((s) => s.startsWith('select'))).toHaveLength(1);
  });

  it('hands a statement back in object mode after drizzle used it for raw rows', () => {
    const { sqlite, db } = handle();
    db.run(sql`insert into t (name) values ('x')`);
    const text = 'select id, name from t';
    expect(sqlite.prepare(text).raw().all()).toEqual([[1, 'x']]);
    expect(sqlite.prepare(text).all()).toEqual([{ id: 1, name: 'x' }]);
  });

  it('never shares a statement still being iterated', () => {
    const { sqlite } = handle();
    sqlite.exec("insert into t (name) values ('a'), ('b')");
    const text = 'select name from t order by id';
    const outer = sqlite.prepare(text).iterate() as IterableIterator<{ name: string }>;
    expect(outer.next().value?.name).toBe('a');
    expect(sqlite.prepare(text).all()).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(outer.next().value?.name).toBe('b');
  });

  it('keeps at most the limit, dropping the least recently used text', () => {
    const { sqlite, prepared } = handle(2);
    const q = (n: number) => sqlite.prepare(`select ${n} as n`).get();
    q(1);
    q(2);
    q(1);
    q(3); // drops 2
    q(1);
    q(2);
    expect(prepared.filter((s) => s.startsWith('select'))).toEqual(['select 1 as n', 'select 2 as n', 'select 3 as n', 'select 2 as n']);
  });

  it('follows a schema change (SQLite re-prepares the kept statement)', () => {
    const { sqlite } = handle();
    sqlite.exec("insert into t (name) values ('a')");
    const text = 'select * from t';
    expect(Object.keys(sqlite.prepare(text).get() as object)).toEqual(['id', 'name']);
    sqlite.exec('alter table t add column extra text');
    expect(sqlite.prepare(text).all()).toHaveLength(1);
  });
});

describe("the benchmark's statement counter", () => {
  it('counts every execution: a query drizzle builds each time (its statement reused) and one kept prepared', () => {
    const sqlite = new Database(':memory:');
    reuseStatements(sqlite);
    countStatementsGlobally(sqlite);
    sqlite.exec('create table t (id integer primary key, name text)');
    const db = drizzle(sqlite);
    const before = queryCount();
    db.run(sql`insert into t (name) values (${'a'})`);
    db.run(sql`insert into t (name) values (${'b'})`);
    expect(queryCount() - before).toBe(2);
    // kept prepared (as db/prepared.ts keeps the hot queries): each run counts, in either row mode
    const kept = sqlite.prepare('select name from t where id = ?');
    expect([kept.get(1), kept.raw(true).get(2)]).toEqual([{ name: 'a' }, ['b']]);
    expect(queryCount() - before).toBe(4);
  });
});
