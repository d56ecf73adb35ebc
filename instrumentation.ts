// Runs once when the server starts: the notification worker (deadline notices, digests, mail).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // db/client.ts is 'server-only' (a React server module): open the same cached handle directly.
  const [{ startMailWorker }, { openDatabase }, { databasePath }] = await Promise.all([
    import('@/lib/mail/worker'),
    import('@/db/open'),
    import('@/lib/env'),
  ]);
  const g = globalThis as { hyokaDb?: ReturnType<typeof openDatabase> };
  startMailWorker(() => {
    g.hyokaDb ??= openDatabase(databasePath());
    return g.hyokaDb.db;
  });
}
