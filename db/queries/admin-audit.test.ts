import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { listAuditEntries } from './admin-audit';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());

describe('listAuditEntries', () => {
  it('never returns the text of a draft opinion; the finalisation carries the final text', () => {
    const org = t.sqlite.prepare('select id from organisations order by id limit 1').get() as { id: number };
    const member = t.sqlite.prepare("select id from users where role = 'committee' order by id limit 1").get() as { id: number };
    const draft = '下書きの意見：保証部門の取組は不十分である';
    const final = '保証部門の取組は着実に進んでいる';
    const rows = [
      { action: 'opinion.create', before: null, after: { text: draft, sectionId: null, departmentId: 1 } },
      { action: 'opinion.update', before: { text: draft, sectionId: null }, after: { text: final, sectionId: null } },
      { action: 'opinion.finalize', before: { status: 'draft' }, after: { status: 'final', text: final } },
      { action: 'opinion.delete', before: { text: draft, status: 'draft' }, after: null },
    ];
    for (const r of rows)
      t.db
        .insert(auditLog)
        .values({ userId: member.id, entityType: 'opinion', entityId: '1', ...r })
        .run();
    const got = listAuditEntries(t.db, org.id, { entityType: 'opinion' }, 10, 0);
    const json = JSON.stringify(got);
    expect(json).not.toContain(draft);
    const byAction = Object.fromEntries(got.map((e) => [e.action, e]));
    expect(byAction['opinion.create']!.after).toEqual({ text: { draft: true, chars: draft.length }, sectionId: null, departmentId: 1 });
    expect(byAction['opinion.update']!.after).toEqual({ text: { draft: true, chars: final.length }, sectionId: null });
    expect(byAction['opinion.delete']!.before).toEqual({ text: { draft: true, chars: draft.length }, status: 'draft' });
    expect(byAction['opinion.finalize']!.after).toEqual({ status: 'final', text: final });
  });
});
