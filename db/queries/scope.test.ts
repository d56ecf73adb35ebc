import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { setPlanPhase } from './admin-phases';
import { deleteFinancialLine, updateIndicatorFields } from './admin-indicators';
import { updateDepartment, updateCommitteeMember } from './admin-people';
import { updateSectionFields } from './admin-sections';

const t = createTestDb({ demo: true });
afterAll(() => t.cleanup());

describe('writes carry the organisation', () => {
  it('an id of this organisation written with another organisation changes nothing', () => {
    const org = (t.sqlite.prepare('select id from organisations order by id limit 1').get() as { id: number }).id;
    const other = org + 1;
    const before = t.sqlite.prepare('select * from departments order by id').all();
    const one = <T>(sql: string) => t.sqlite.prepare(sql).get() as T;
    const dept = one<{ id: number }>('select id from departments order by id limit 1');
    const member = one<{ id: number }>('select id from committee_members order by id limit 1');
    const plan = one<{ id: number; phase: string }>("select id, phase from plans where phase = 'entry' limit 1");
    const section = one<{ id: number }>(`select id from sections where plan_id = ${plan.id} limit 1`);
    const indicator = one<{ id: number; name: string }>(`select id, name from indicators where plan_id = ${plan.id} limit 1`);
    const line = one<{ id: number }>(`select id from financial_lines where plan_id = ${plan.id} limit 1`);

    updateDepartment(t.db, other, dept.id, { code: 'x', name: '乗っ取り' });
    updateCommitteeMember(t.db, other, member.id, { name: '乗っ取り', affiliation: '', title: '', userId: null });
    expect(setPlanPhase(t.db, other, plan.id, 'entry', 'review')).toBe(0);
    updateSectionFields(t.db, other, section.id, { number: '9', title: '乗っ取り', kind: 'narrative', departmentId: null });
    if (line) deleteFinancialLine(t.db, other, line.id);

    expect(t.sqlite.prepare('select * from departments order by id').all()).toEqual(before);
    expect(one<{ name: string }>(`select name from committee_members where id = ${member.id}`).name).not.toBe('乗っ取り');
    expect(one<{ phase: string }>(`select phase from plans where id = ${plan.id}`).phase).toBe('entry');
    expect(one<{ title: string }>(`select title from sections where id = ${section.id}`).title).not.toBe('乗っ取り');
    if (line) expect(one<{ n: number }>(`select count(*) n from financial_lines where id = ${line.id}`).n).toBe(1);
    // The same write with the right organisation does change the row (the test can fail).
    updateIndicatorFields(t.db, other, indicator.id, { name: '乗っ取り' } as never);
    expect(one<{ name: string }>(`select name from indicators where id = ${indicator.id}`).name).toBe(indicator.name);
    updateDepartment(t.db, org, dept.id, { code: 'renamed', name: '改名' });
    expect(one<{ name: string }>(`select name from departments where id = ${dept.id}`).name).toBe('改名');
  });
});
