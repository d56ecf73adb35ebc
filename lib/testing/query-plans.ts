// Test-only: SQLite's query plan of statements a piece of code ran (EXPLAIN QUERY PLAN).
import type Database from 'better-sqlite3';

/**
 * The plan of each statement text, as SQLite's EXPLAIN QUERY PLAN lines joined by " | ". The
 * parameters are bound as null: without sqlite_stat4 (not compiled in here) a plan does not
 * depend on them. drizzle writes every parameter as `?`.
 */
export function queryPlans(sqlite: Database.Database, statements: readonly string[]): { sql: string; plan: string }[] {
  return statements.map((sql) => {
    const params = Array<null>(sql.split('?').length - 1).fill(null);
    const rows = sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
    return { sql, plan: rows.map((r) => r.detail).join(' | ') };
  });
}
