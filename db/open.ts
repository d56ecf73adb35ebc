// Opens a SQLite file with the settings every connection needs. No 'server-only' here:
// scripts and tests use it directly; the app goes through db/client.ts.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { countingQueries } from '@/lib/env';

export type Db = BetterSQLite3Database<typeof schema>;
export type Handle = { sqlite: Database.Database; db: Db };

/** SQLite before 3.51.3 can corrupt a WAL database on a checkpoint race (the WAL-reset bug). */
const MIN_SQLITE = [3, 51, 3] as const;

export function checkSqliteVersion(version: string): void {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const have = parts[i] ?? 0;
    const need = MIN_SQLITE[i] ?? 0;
    if (have > need) return;
    if (have < need) throw new Error(`SQLite ${version} is too old: ${MIN_SQLITE.join('.')} or later is required`);
  }
}

/** Statements executed so far (prepared anew, reused, or kept prepared); for the benchmark. */
export function queryCount(): number {
  return (globalThis as { hyokaQueryCount?: number }).hyokaQueryCount ?? 0;
}

const COUNTED = Symbol('hyoka.counted');
const EXECUTE = ['run', 'get', 'all', 'iterate'] as const;

/**
 * Counts every execution of this handle's statements into `hyokaQueryCount` (the benchmark's
 * counter): each statement's run/get/all/iterate, once per statement object, so a query kept
 * prepared across requests (db/prepared.ts) counts each time it runs, as one built anew does.
 */
export function countStatementsGlobally(sqlite: Database.Database) {
  const g = globalThis as { hyokaQueryCount?: number };
  g.hyokaQueryCount ??= 0;
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source) as Database.Statement & { [COUNTED]?: true };
    if (!stmt[COUNTED]) {
      stmt[COUNTED] = true;
      for (const name of EXECUTE) {
        const run = stmt[name].bind(stmt) as (...args: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          g.hyokaQueryCount = (g.hyokaQueryCount ?? 0) + 1;
          return run(...args);
        };
      }
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

/** Prepared statements kept per connection: enough for every query text the app runs. */
const STATEMENT_CACHE = 500;

/**
 * drizzle prepares its statement anew for every query it runs; here a query text seen before
 * gets its statement back (SQLite re-prepares by itself after a schema change). A statement is
 * handed back in its default mode (drizzle switches some to raw rows), and one still being
 * iterated is never shared. The least recently used text goes first past STATEMENT_CACHE.
 */
export function reuseStatements(sqlite: Database.Database, limit = STATEMENT_CACHE): void {
  const kept = new Map<string, Database.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const hit = kept.get(source);
    if (hit && !hit.busy) {
      kept.delete(source);
      kept.set(source, hit);
      if (hit.reader) hit.raw(false);
      return hit;
    }
    const stmt = prepare(source);
    if (!hit) {
      kept.set(source, stmt);
      if (kept.size > limit) kept.delete(kept.keys().next().value!);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

export function openDatabase(file: string): Handle {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  const { v } = sqlite.prepare('select sqlite_version() as v').get() as { v: string };
  checkSqliteVersion(v);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  reuseStatements(sqlite);
  // Counts the statements run, whether prepared anew, reused or kept prepared.
  if (countingQueries()) countStatementsGlobally(sqlite);
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export const MIGRATIONS_FOLDER = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

export function migrateDatabase(db: Db, folder = MIGRATIONS_FOLDER): void {
  migrate(db, { migrationsFolder: folder });
}
