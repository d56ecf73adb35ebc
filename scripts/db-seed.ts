// Loads the demo data into an empty database (a no-op when data exists, unless --force on a fresh file).
import { databasePath } from '@/lib/env';
import { migrateDatabase, openDatabase } from '@/db/open';
import { isSeeded, seedDemo } from '@/db/seed/load';

const file = databasePath();
const { sqlite, db } = openDatabase(file);
migrateDatabase(db);
if (isSeeded(db)) {
  console.log(`${file} already holds data: demo not loaded`);
} else {
  const started = Date.now();
  seedDemo(db);
  console.log(`loaded the demo data into ${file} in ${Date.now() - started} ms`);
}
sqlite.close();
