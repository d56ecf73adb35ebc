// Bookkeeping of the database itself.
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * One row: a counter that every write to the data behind the dashboards moves, by triggers in the
 * writing transaction itself (migration data_version_triggers), so a cached dashboard is known
 * stale without a timer and without any write path having to remember it.
 */
export const dataVersion = sqliteTable('data_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull().default(0),
});
