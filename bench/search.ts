// /search on a dataset, through the running server: the FTS index's size, and each query's time
// from one client sending requests one after another (so a request's time is the server's time
// plus loopback), with the server's CPU per search from its own counter.
import Database from 'better-sqlite3';
import { counters, cpuMsPerRequest } from './counters';

/** 3+ characters use the trigram index; a 2-character word scans it with LIKE (db/queries/search.ts). */
export const SEARCH_QUERIES = ['保証承諾', '事業承継', '存在しない語句', '創業'];

export type SearchQueryResult = { q: string; medianMs: number; p90Ms: number; serverCpuMs: number | null; bytes: number; status: number };
export type SearchResult = {
  narratives: number;
  indexedTexts: number;
  indexBytes: number;
  databaseBytes: number;
  queries: SearchQueryResult[];
};

export function searchIndexSize(file: string): Pick<SearchResult, 'narratives' | 'indexedTexts' | 'indexBytes' | 'databaseBytes'> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      narratives: n("select count(*) as n from self_assessments where narrative <> ''"),
      indexedTexts: n('select count(*) as n from search_index'),
      indexBytes: n("select coalesce(sum(pgsize), 0) as n from dbstat where name like 'search_index%'"),
      databaseBytes: n('select page_count * page_size as n from pragma_page_count(), pragma_page_size()'),
    };
  } finally {
    db.close();
  }
}

/** The median of an ascending list, and any percentile by rank. */
export const rank = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;

export async function measureSearch(base: string, cookie: string, file: string, quick: boolean): Promise<SearchResult> {
  const [warm, timed] = quick ? [3, 15] : [5, 40];
  const queries: SearchQueryResult[] = [];
  for (const q of SEARCH_QUERIES) {
    const url = `${base}/search?q=${encodeURIComponent(q)}`;
    const get = async () => {
      const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
      return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
    };
    for (let i = 0; i < warm; i++) await get();
    const ms: number[] = [];
    let last = { status: 0, bytes: 0 };
    const before = await counters(base);
    for (let i = 0; i < timed; i++) {
      const t0 = performance.now();
      last = await get();
      ms.push(performance.now() - t0);
    }
    const after = await counters(base);
    ms.sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 10) / 10;
    queries.push({
      q,
      medianMs: round(rank(ms, 0.5)),
      p90Ms: round(rank(ms, 0.9)),
      serverCpuMs: cpuMsPerRequest(before, after, timed),
      ...last,
    });
  }
  return { ...searchIndexSize(file), queries };
}
