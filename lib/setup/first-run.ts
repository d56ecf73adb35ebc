// `npm run setup`: reads and checks the operator's arguments, then creates the organisation
// and its first administrator. Messages are Japanese and name the option that is wrong.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Db } from '@/db/open';
import { createFirstInstall, isSetUp } from '@/db/queries/setup';
import { hashPassword } from '@/lib/auth/password';
import { LIMITS } from '@/lib/plans/validation';

export const USAGE =
  'npm run setup -- --org "<正式名称>" --short "<略称>" --admin <ログインID> --password <パスワード> [--name "<表示名>"] [--self "<自称（当協会）>"]';

const schema = z.object({
  org: z
    .string({ error: '--org（正式名称）を指定してください' })
    .trim()
    .min(1, '--org（正式名称）が空です')
    .max(100, '--org は100文字以内です'),
  short: z
    .string({ error: '--short（略称）を指定してください' })
    .trim()
    .min(1, '--short（略称）が空です')
    .max(40, '--short は40文字以内です'),
  admin: z
    .string({ error: '--admin（管理者のログインID）を指定してください' })
    .trim()
    .min(1, '--admin が空です')
    .max(LIMITS.loginId, `--admin は${LIMITS.loginId}文字以内です`)
    .regex(/^[A-Za-z0-9._@-]+$/, '--admin に使えるのは半角英数字と . _ @ - だけです'),
  password: z
    .string({ error: '--password を指定してください' })
    .min(10, '--password は10文字以上にしてください')
    .max(LIMITS.password, `--password は${LIMITS.password}文字以内です`),
  name: z.string().trim().min(1, '--name が空です').max(100, '--name は100文字以内です').default('管理者'),
  self: z.string().trim().min(1, '--self が空です').max(20, '--self は20文字以内です').default('当協会'),
});

export type SetupResult = { ok: true; organisationId: number; userId: number; message: string } | { ok: false; message: string };

export function runSetup(db: Db, argv: string[]): SetupResult {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: Object.fromEntries(['org', 'short', 'admin', 'password', 'name', 'self'].map((k) => [k, { type: 'string' as const }])),
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (e) {
    return { ok: false, message: `引数を読めません：${(e as Error).message}\n使い方：${USAGE}` };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, message: `${parsed.error.issues.map((i) => i.message).join('\n')}\n使い方：${USAGE}` };
  if (isSetUp(db))
    return { ok: false, message: 'このデータベースには既に組織があります。初期設定は一度だけです（何も変更していません）。' };
  const input = parsed.data;
  const created = createFirstInstall(db, {
    name: input.org,
    shortName: input.short,
    selfName: input.self,
    admin: { loginId: input.admin, displayName: input.name, passwordHash: hashPassword(input.password) },
  });
  if (!created) return { ok: false, message: 'このデータベースには既に組織があります。初期設定は一度だけです（何も変更していません）。' };
  return {
    ok: true,
    ...created,
    message: `「${input.org}」と管理者 ${input.admin} を作成しました。サーバーを起動し、${input.admin} でログインして 管理 → 計画 から最初の計画を作成してください。`,
  };
}
