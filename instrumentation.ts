// Runs once when the server starts: the notification worker (deadline notices, digests, mail).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ startMailWorker }, { getDb }] = await Promise.all([import('@/lib/mail/worker'), import('@/db/client')]);
  startMailWorker(getDb);
}
