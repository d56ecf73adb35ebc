import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tableChecksums } from './checksum';

describe('tableChecksums', () => {
  const db = new Database(':memory:');
  db.exec('create table files (id integer primary key, name text, body blob); create table empty (x)');
  db.prepare('insert into files (name, body) values (?, ?)').run('report.pdf', Buffer.alloc(4_000_000, 7));

  it('changes with one byte of a blob, one character of a text, and row order', () => {
    const before = tableChecksums(db);
    expect(Object.keys(before)).toEqual(['empty', 'files']);
    const body = Buffer.alloc(4_000_000, 7);
    body[3_999_999] = 8;
    db.prepare('update files set body = ? where id = 1').run(body);
    const afterBlob = tableChecksums(db);
    expect(afterBlob.files).not.toBe(before.files);
    expect(afterBlob.empty).toBe(before.empty);
    db.prepare("update files set name = 'report.pdF' where id = 1").run();
    expect(tableChecksums(db).files).not.toBe(afterBlob.files);
  });

  it('tells a text from a blob with the same characters, and null from the string "null"', () => {
    const t = new Database(':memory:');
    t.exec('create table v (a)');
    t.prepare('insert into v values (?)').run('AAAA');
    const asText = tableChecksums(t).v;
    t.prepare('update v set a = ?').run(Buffer.from('AAAA'));
    const asBlob = tableChecksums(t).v;
    t.prepare('update v set a = null').run();
    const asNull = tableChecksums(t).v;
    t.prepare("update v set a = 'null'").run();
    expect(new Set([asText, asBlob, asNull, tableChecksums(t).v]).size).toBe(4);
  });
});
