// The database itself refuses changes to a published year and edits of the audit log.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());
const one = <T>(sql: string, ...args: unknown[]) => t.sqlite.prepare(sql).get(...args) as T;
const planId = (year: number) => one<{ id: number }>("select id from plans where kind = 'annual' and start_year = ?", year).id;

describe('published-year lock (triggers)', () => {
  const p24 = planId(2024);
  const sectionId = one<{ id: number }>("select id from sections where plan_id = ? and key = 'environment'", p24).id;
  const indicatorId = one<{ id: number }>("select id from indicators where plan_id = ? and code = 'guarantee_approvals_amount'", p24).id;

  const refused: [string, () => unknown][] = [
    ['self-assessment update', () => t.sqlite.prepare("update self_assessments set narrative = 'x' where section_id = ?").run(sectionId)],
    ['self-assessment delete', () => t.sqlite.prepare('delete from self_assessments where section_id = ?').run(sectionId)],
    [
      'indicator value update',
      () => t.sqlite.prepare('update indicator_values set actual_value = 1 where indicator_id = ?').run(indicatorId),
    ],
    [
      'monthly actual insert',
      () =>
        t.sqlite
          .prepare('insert or replace into monthly_actuals (indicator_id, fiscal_year, month, value) values (?, 2024, 4, 1)')
          .run(indicatorId),
    ],
    ['section rename', () => t.sqlite.prepare("update sections set title = 'x' where id = ?").run(sectionId)],
    [
      'section insert',
      () => t.sqlite.prepare("insert into sections (plan_id, key, title, kind) values (?, 'new', 'x', 'narrative')").run(p24),
    ],
    ['opinion update', () => t.sqlite.prepare("update opinions set text = 'x' where plan_id = ?").run(p24)],
    ['compilation update', () => t.sqlite.prepare("update opinion_compilations set body = 'x' where plan_id = ?").run(p24)],
    ['financial line update', () => t.sqlite.prepare('update financial_lines set amount = 0 where plan_id = ?').run(p24)],
    ['plan title while published', () => t.sqlite.prepare("update plans set title = 'x' where id = ?").run(p24)],
    ['plan delete', () => t.sqlite.prepare('delete from plans where id = ?').run(p24)],
  ];
  for (const [name, write] of refused) {
    it(`refuses: ${name}`, () => {
      expect(write).toThrow(/plan is published/);
    });
  }

  it('allows the same writes on a year in progress', () => {
    const p25 = planId(2025);
    const s25 = one<{ id: number }>("select id from sections where plan_id = ? and key = 'environment'", p25).id;
    expect(t.sqlite.prepare("update sections set title = '業務環境' where id = ?").run(s25).changes).toBe(1);
  });

  it('unlocking (changing the phase) is possible, and then edits are', () => {
    const p23 = planId(2023);
    t.sqlite.prepare("update plans set phase = 'review' where id = ?").run(p23);
    expect(t.sqlite.prepare('update sections set title = title where plan_id = ?').run(p23).changes).toBeGreaterThan(0);
    t.sqlite.prepare("update plans set phase = 'published' where id = ?").run(p23);
    expect(() => t.sqlite.prepare('update sections set title = title where plan_id = ?').run(p23)).toThrow(/plan is published/);
  });
});

describe('audit log', () => {
  it('is append-only', () => {
    const id = one<{ id: number }>('select id from audit_log limit 1').id;
    expect(() => t.sqlite.prepare("update audit_log set action = 'x' where id = ?").run(id)).toThrow(/append-only/);
    expect(() => t.sqlite.prepare('delete from audit_log where id = ?').run(id)).toThrow(/append-only/);
  });
});

describe('connection settings', () => {
  it('runs with WAL, foreign keys and a busy timeout', () => {
    expect(t.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(t.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });
});
