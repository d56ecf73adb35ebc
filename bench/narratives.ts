// The generated organisation's narratives are short ("改訂 123"): the large dataset gets a
// narrative of the demo's length in every self-assessment, from the demo's own texts, so its
// pages, report and search index weigh what a real organisation's would.
import Database from 'better-sqlite3';

type Sqlite = InstanceType<typeof Database>;

/** The demo's narratives (not the bench's autosave sections), from its database file. */
export function demoNarratives(demoFile: string): string[] {
  const db = new Database(demoFile, { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare(
          "select a.narrative from self_assessments a join sections s on s.id = a.section_id where a.narrative <> '' and s.key not like 'bench.%' order by a.id",
        )
        .all() as { narrative: string }[]
    ).map((r) => r.narrative);
  } finally {
    db.close();
  }
}

/** Every self-assessment gets one of `texts`, made unique by its position; returns how many. */
export function giveDemoLengthNarratives(sqlite: Sqlite, texts: string[]): number {
  if (texts.length === 0) throw new Error('no demo narratives to copy');
  const ids = (sqlite.prepare('select id from self_assessments order by id').all() as { id: number }[]).map((r) => r.id);
  const update = sqlite.prepare('update self_assessments set narrative = ? where id = ?');
  // Published years are read-only (db/migrations/0001_guards.sql): unlock, write, publish again.
  const published = (sqlite.prepare("select id from plans where phase = 'published'").all() as { id: number }[]).map((r) => r.id);
  const phase = sqlite.prepare('update plans set phase = ? where id = ?');
  sqlite.transaction(() => {
    for (const id of published) phase.run('review', id);
    for (const [i, id] of ids.entries()) update.run(`${texts[i % texts.length]}\n（第${i}節）`, id);
    for (const id of published) phase.run('published', id);
  })();
  return ids.length;
}
