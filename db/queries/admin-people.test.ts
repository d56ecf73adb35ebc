// Deleting an account that never wrote anything also clears what it only received.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { deleteUserRow, userHasHistory } from './admin-people';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const count = (sql: string, ...args: unknown[]) => (t.sqlite.prepare(sql).get(...args) as { n: number }).n;

describe('deleteUserRow', () => {
  const org = (t.sqlite.prepare("select organisation_id id from users where login_id = 'admin'").get() as { id: number }).id;
  const userId = Number(
    t.sqlite
      .prepare(
        "insert into users (organisation_id, login_id, display_name, role, password_hash) values (?, 'typo-account', '誤登録', 'staff', 'x')",
      )
      .run(org).lastInsertRowid,
  );
  t.sqlite
    .prepare("insert into notifications (organisation_id, user_id, kind, link, params) values (?, ?, 'deadline', '/years', '{}')")
    .run(org, userId);
  t.sqlite.prepare("insert into notification_settings (user_id, email, mode) values (?, 'a@example.jp', 'each')").run(userId);
  t.sqlite
    .prepare("insert into mail_queue (user_id, to_address, subject, body, status) values (?, 'a@example.jp', 's', 'b', 'queued')")
    .run(userId);
  t.sqlite
    .prepare("insert into mail_queue (user_id, to_address, subject, body, status) values (?, 'a@example.jp', 's', 'b', 'sent')")
    .run(userId);

  it('a received notice or a mail setting is not history: the account may go', () => {
    expect(userHasHistory(t.db, userId)).toBe(false);
  });

  it('removes the account with its notices and unsent mail; sent mail stays without its recipient', () => {
    const sentBefore = count("select count(*) n from mail_queue where status = 'sent'");
    t.db.transaction((tx) => deleteUserRow(tx, org, userId));
    expect(count('select count(*) n from users where id = ?', userId)).toBe(0);
    expect(count('select count(*) n from notifications where user_id = ?', userId)).toBe(0);
    expect(count('select count(*) n from notification_settings where user_id = ?', userId)).toBe(0);
    expect(count('select count(*) n from mail_queue where user_id = ?', userId)).toBe(0);
    expect(count("select count(*) n from mail_queue where status = 'sent'")).toBe(sentBefore);
  });

  it("leaves another organisation's account alone", () => {
    const before = count('select count(*) n from users');
    const committee = (t.sqlite.prepare("select id from users where login_id = 'committee1'").get() as { id: number }).id;
    deleteUserRow(t.db, org + 1000, committee);
    expect(count('select count(*) n from users')).toBe(before);
  });
});
