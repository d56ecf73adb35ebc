// First run of a real install (docs/OPERATIONS.md): creates the organisation and its first
// administrator in the database DATABASE_URL (default data/hyoka.db). Refuses a database that
// already holds an organisation.
import { migrateDatabase, openDatabase } from '@/db/open';
import { databasePath } from '@/lib/env';
import { runSetup } from '@/lib/setup/first-run';

const file = databasePath();
const { sqlite, db } = openDatabase(file);
migrateDatabase(db);
const result = runSetup(db, process.argv.slice(2));
sqlite.close();
if (result.ok) console.log(`${result.message}\n(${file})`);
else {
  console.error(result.message);
  process.exit(1);
}
