// The hot queries (every page runs them: the session's user, the header's counts, the year's
// plan) built once per connection as drizzle prepared queries with placeholders: no SQL string
// is built nor parsed again per request. Everything else goes through the statement cache of
// db/open.ts, which saves the parse but not drizzle's building.
import type { Db } from './open';
import { oncePer } from '@/lib/once-per';

/** A query built on first use for each handle (a transaction's handle gets its own). */
export function preparedPer<T>(build: (db: Db) => T): (db: Db) => T {
  return oncePer(build);
}
