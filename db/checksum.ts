// A checksum of every table's rows: proves that a refused request changed nothing, and that a
// backup restores to the same data.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export function tableChecksums(sqlite: Database.Database): Record<string, string> {
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as {
    name: string;
  }[];
  // A full-text index's shadow tables (search_index_data, …) are its internals, some without
  // rowid: the virtual table itself is hashed instead, which is its content.
  const virtual = tables.filter((t) => isVirtual(sqlite, t.name)).map((t) => `${t.name}_`);
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (virtual.some((prefix) => name.startsWith(prefix))) continue;
    const hash = createHash('sha256');
    const rows = sqlite
      .prepare(`select * from "${name.replace(/"/g, '""')}" order by rowid`)
      .raw()
      .iterate() as Iterable<unknown[]>;
    for (const row of rows) {
      for (const value of row) {
        // Blobs (stored PDFs) are hashed as bytes: JSON would spell them out number by number.
        if (Buffer.isBuffer(value)) hash.update(`B${value.length}:`).update(value);
        else hash.update(JSON.stringify(typeof value === 'bigint' ? value.toString() : value) ?? 'null');
        hash.update('\u001f');
      }
      hash.update('\u001e');
    }
    out[name] = hash.digest('hex');
  }
  return out;
}

function isVirtual(sqlite: Database.Database, name: string): boolean {
  const row = sqlite.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(name) as
    | { sql: string | null }
    | undefined;
  return /^create virtual table/i.test(row?.sql ?? '');
}
