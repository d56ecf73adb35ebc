// Runs once when the server starts: the notification worker (deadline notices, digests, mail).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` loads this file too: the worker belongs to a running server only.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // db/client.ts is 'server-only' (a React server module): open the same cached handle directly.
  const [{ startMailWorker }, { openDatabase }, { databasePath }, fs] = await Promise.all([
    import('@/lib/mail/worker'),
    import('@/db/open'),
    import('@/lib/env'),
    import('node:fs'),
  ]);
  const g = globalThis as { hyokaDb?: ReturnType<typeof openDatabase> };
  startMailWorker(() => {
    // Never create the file: a server without a database has nothing to notify about.
    if (!g.hyokaDb && !fs.existsSync(databasePath())) throw new Error(`no database at ${databasePath()}`);
    g.hyokaDb ??= openDatabase(databasePath());
    return g.hyokaDb.db;
  });
}
