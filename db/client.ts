import 'server-only';
import { databasePath } from '@/lib/env';
import { type Handle, openDatabase } from './open';

const globalForDb = globalThis as unknown as { hyokaDb?: Handle };

/** The app's single connection (one better-sqlite3 handle per process). */
function handle(): Handle {
  globalForDb.hyokaDb ??= openDatabase(databasePath());
  return globalForDb.hyokaDb;
}

export function getDb() {
  return handle().db;
}

export function getSqlite() {
  return handle().sqlite;
}
