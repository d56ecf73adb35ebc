// Test-only: counting the SQL statements a piece of code runs on a handle.
import type Database from 'better-sqlite3';

/**
 * Runs `fn` and counts the SQL statements it prepares on this handle (drizzle prepares one per
 * query it runs). For tests: a page's count must not grow with the data
 * (the server's own counter, HYOKA_COUNT_QUERIES in db/open.ts, serves the benchmark).
 */
export function countStatements<T>(sqlite: Database.Database, fn: () => T): { result: T; queries: number; statements: string[] } {
  const statements: string[] = [];
  const ownPrepare = Object.hasOwn(sqlite, 'prepare');
  const ownExec = Object.hasOwn(sqlite, 'exec');
  const prepare = sqlite.prepare;
  const exec = sqlite.exec;
  sqlite.prepare = ((source: string) => {
    statements.push(source);
    return prepare.call(sqlite, source);
  }) as typeof sqlite.prepare;
  sqlite.exec = ((source: string) => {
    statements.push(source);
    return exec.call(sqlite, source);
  }) as typeof sqlite.exec;
  try {
    const result = fn();
    return { result, queries: statements.length, statements };
  } finally {
    // Put back whatever was there (the server's own counter may have wrapped prepare already).
    if (ownPrepare) sqlite.prepare = prepare;
    else delete (sqlite as Partial<Database.Database>).prepare;
    if (ownExec) sqlite.exec = exec;
    else delete (sqlite as Partial<Database.Database>).exec;
  }
}
