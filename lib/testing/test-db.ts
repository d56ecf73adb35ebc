// A real, migrated SQLite file per test file (no mocks), optionally with the demo loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Handle, migrateDatabase, openDatabase } from '@/db/open';
import { seedDemo } from '@/db/seed/load';

export function createTestDb(opts: { demo?: boolean } = {}): Handle & { file: string; cleanup: () => void } {
  process.env.HYOKA_BCRYPT_COST ??= '4';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-test-'));
  const file = path.join(dir, 'test.db');
  const handle = openDatabase(file);
  migrateDatabase(handle.db);
  if (opts.demo) seedDemo(handle.db);
  return {
    ...handle,
    file,
    cleanup: () => {
      handle.sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
