// Applies the committed migrations to the database file (DATABASE_URL or data/hyoka.db).
import { databasePath } from '@/lib/env';
import { migrateDatabase, openDatabase } from '@/db/open';

const file = databasePath();
const { sqlite, db } = openDatabase(file);
migrateDatabase(db);
sqlite.close();
console.log(`migrated ${file}`);
