// Deletes the database file and loads the demo again. Refuses a database that is not a demo.
import fs from 'node:fs';
import { databasePath } from '@/lib/env';
import { migrateDatabase, openDatabase } from '@/db/open';
import { getFirstOrganisation } from '@/db/queries/plans';
import { seedDemo } from '@/db/seed/load';

const file = databasePath();
if (fs.existsSync(file)) {
  const { sqlite, db } = openDatabase(file);
  migrateDatabase(db);
  const org = getFirstOrganisation(db);
  sqlite.close();
  if (org && !org.isDemo && !process.argv.includes('--force')) {
    console.error(`${file} is not a demo database: refusing to reset it (pass --force to override)`);
    process.exit(1);
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
const { sqlite, db } = openDatabase(file);
migrateDatabase(db);
seedDemo(db);
sqlite.close();
console.log(`demo reset: ${file}`);
