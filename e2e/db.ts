// Read-only access to the e2e server's database, to prove a refused request changed nothing.
import Database from 'better-sqlite3';
import { tableChecksums } from '../db/checksum';

export const E2E_DB = 'data/e2e.db';

export function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/**
 * Checksums of every table of `db` except the append-only audit log, login bookkeeping and the
 * notifications/mail queue (the server's worker writes deadline notices and sends mail on its own
 * schedule, so they change between any two looks).
 */
export function dataChecksums(db: Database.Database): Record<string, string> {
  const all = tableChecksums(db);
  delete all.audit_log;
  delete all.auth_sessions;
  delete all.login_throttle;
  delete all.notifications;
  delete all.mail_queue;
  return all;
}

/** The same, of the e2e server's database. */
export function dataChecksum(): Record<string, string> {
  return withDb(dataChecksums);
}

export function one<T>(sql: string, ...args: unknown[]): T {
  return withDb((db) => db.prepare(sql).get(...args) as T);
}
