import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getDb, getSqlite } from '@/db/client';
import { recordAudit } from '@/db/queries/admin-audit';
import { requireRoute } from '@/lib/auth/require';

export const dynamic = 'force-dynamic';

const pad = (n: number) => String(n).padStart(2, '0');
/** hyoka-YYYYMMDD-HHMM.db in the server's local time. */
function backupFileName(d = new Date()): string {
  return `hyoka-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.db`;
}

/** A consistent copy through SQLite's online backup API, streamed and then removed. Admin only. */
export async function GET() {
  const user = await requireRoute('people.admin');
  if (user instanceof Response) return user;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-backup-'));
  const file = path.join(dir, 'backup.db');
  try {
    await getSqlite().backup(file);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // The download itself is an audited event (the file holds everyone's data).
  recordAudit(getDb(), { userId: user.id, action: 'backup.download', entityType: 'database', after: { bytes: fs.statSync(file).size } });
  const stream = fs.createReadStream(file);
  stream.on('close', () => fs.rmSync(dir, { recursive: true, force: true }));
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'content-type': 'application/vnd.sqlite3',
      'content-disposition': `attachment; filename="${backupFileName()}"`,
      'content-length': String(fs.statSync(file).size),
      'cache-control': 'no-store',
    },
  });
}
