// A consistent copy of the live database through SQLite's online backup API.
// Usage: npm run db:backup [-- <target file>]   Restore: stop the app, copy the file over DATABASE_URL.
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/lib/env';
import { openDatabase } from '@/db/open';

const source = databasePath();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = path.resolve(process.argv[2] ?? `backups/hyoka-${stamp}.db`);
fs.mkdirSync(path.dirname(target), { recursive: true });
const { sqlite } = openDatabase(source);
sqlite
  .backup(target)
  .then(() => {
    sqlite.close();
    console.log(`backup written: ${target}`);
  })
  .catch((error: unknown) => {
    console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
