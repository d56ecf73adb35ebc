// Applies the committed migrations to the database file (DATABASE_URL or data/hyoka.db).
import { databasePath } from '@/lib/env';
import { migrateDatabase, openDatabase } from '@/db/open';
import { isSetUp } from '@/db/queries/setup';
import { USAGE } from '@/lib/setup/first-run';

const file = databasePath();
const { sqlite, db } = openDatabase(file);
migrateDatabase(db);
const ready = isSetUp(db);
sqlite.close();
console.log(`migrated ${file}`);
if (!ready) console.log(`No organisation yet: create it and its first administrator with\n  ${USAGE}`);
