// Restores a backup made by `npm run db:backup` or the admin download (/admin/backup).
// Usage (with the app STOPPED): npm run db:restore -- <backup file>
// The current database is first saved as backups/pre-restore-<time>.db, so a restore can be undone.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '@/lib/env';
import { migrateDatabase, openDatabase } from '@/db/open';

function fail(message: string): never {
  console.error(`restore refused: ${message}`);
  process.exit(1);
}

const source = process.argv[2] ? path.resolve(process.argv[2]) : fail('name the backup file: npm run db:restore -- <file>');
if (!fs.existsSync(source)) fail(`${source} does not exist`);
const target = databasePath();
if (path.resolve(source) === path.resolve(target)) fail('the backup is the live database itself');

// The backup must be an intact Hyoka database before anything is touched.
const check = new Database(source, { readonly: true, fileMustExist: true });
try {
  const integrity = check.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') fail(`integrity check of ${source}: ${String(integrity)}`);
  const tables = new Set(
    (check.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  for (const t of ['plans', 'users', 'audit_log']) if (!tables.has(t)) fail(`${source} is not a Hyoka database (no ${t} table)`);
} catch (error) {
  fail(`${source} cannot be read as SQLite: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (check.open) check.close();
}

async function main() {
  if (fs.existsSync(target)) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keep = path.resolve(`backups/pre-restore-${stamp}.db`);
    fs.mkdirSync(path.dirname(keep), { recursive: true });
    const live = new Database(target, { fileMustExist: true });
    await live.backup(keep);
    live.close();
    console.log(`current database saved: ${keep}`);
  }
  // Copy next to the target, then rename: the target is never half-written. Stale WAL files
  // belong to the old database and must not be replayed onto the restored one.
  const tmp = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, tmp);
  for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(tmp, target);
  // An older backup is brought up to the current schema.
  const { sqlite, db } = openDatabase(target);
  migrateDatabase(db);
  sqlite.close();
  console.log(`restored ${source} → ${target}`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
