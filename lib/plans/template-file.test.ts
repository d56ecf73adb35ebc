import { afterAll, describe, expect, it } from 'vitest';
import { loadSourcePlan } from '@/db/queries/admin-plans';
import { getAnnualPlan } from '@/db/queries/plans';
import * as s from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { BUILT_IN_TEMPLATES, builtInTemplate } from './template';
import { parseTemplate, planTemplate, TEMPLATE_FORMAT, templateStructure } from './template-file';

const minimal = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: TEMPLATE_FORMAT,
    version: 1,
    name: 'テスト',
    sections: [
      { key: 'a', title: '概況', kind: 'narrative' },
      { key: 'b', title: '計画', kind: 'heading' },
      { key: 'b1', parent: 'b', title: '保証承諾', kind: 'narrative' },
    ],
    ...extra,
  });

describe('template files', () => {
  it('reads a minimal file with defaults', () => {
    const r = parseTemplate(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.numbering).toEqual(['arabic_dot']);
    const st = templateStructure(r.template, { startYear: 2024, endYear: 2026 }, new Map());
    expect(st.sections.map((x) => [x.key, x.parentKey, x.sortOrder])).toEqual([
      ['a', null, 0],
      ['b', null, 1],
      ['b1', 'b', 0],
    ]);
  });

  it('says what is wrong, and where', () => {
    expect(parseTemplate('{ not json')).toEqual({ ok: false, errors: [expect.stringContaining('JSONとして読み取れません')] });
    expect(parseTemplate('{"format":"other"}')).toEqual({
      ok: false,
      errors: [expect.stringContaining('テンプレートファイルではありません')],
    });
    const bad = parseTemplate(minimal({ sections: [{ key: 'a', title: '', kind: 'chapter' }], colour: 'red' }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sections\[1\]\.title が空です/),
        expect.stringMatching(/^sections\[1\]\.kind は次のいずれか/),
        expect.stringContaining('知らない項目があります：colour'),
      ]),
    );
    const refs = parseTemplate(
      minimal({
        sections: [
          { key: 'a', parent: 'c', title: 'A', kind: 'heading' },
          { key: 'a', title: 'A2', kind: 'heading' },
          { key: 'x', parent: 'y', title: 'X', kind: 'heading' },
          { key: 'y', parent: 'x', title: 'Y', kind: 'heading' },
        ],
        indicators: [{ code: 'k', name: 'K', unit: 'cases', section: 'nope', pairKey: 'p' }],
      }),
    );
    expect(refs.ok).toBe(false);
    if (refs.ok) return;
    expect(refs.errors).toEqual(
      expect.arrayContaining([
        'sections[2] のキー "a" が重複しています',
        'sections[1] の親 "c" がありません',
        'sections[3] "x" の親をたどると循環しています',
        'indicators[1] のセクション "nope" がありません',
        'indicators[1] は組（pairKey）があるので measure（count / amount）が必要です',
      ]),
    );
    expect(parseTemplate('x'.repeat(1_000_001))).toEqual({ ok: false, errors: ['ファイルが大きすぎます（1MBまで）。'] });
  });

  it('ships a six-chapter and a neutral four-chapter template, both valid, neither with an organisation’s name', () => {
    for (const name of BUILT_IN_TEMPLATES) expect(parseTemplate(JSON.stringify(builtInTemplate(name))).ok).toBe(true);
    const neutral = builtInTemplate('neutral');
    expect(neutral.sections.filter((x) => x.parent === null && x.kind !== 'preface').map((x) => x.title)).toEqual([
      '業務環境',
      '事業計画',
      '重点課題',
      '外部評価委員の意見',
    ]);
    expect(JSON.stringify(neutral)).not.toMatch(/東京|都内|当協会/);
    expect(JSON.stringify(builtInTemplate('standard'))).not.toMatch(/東京|都内/);
  });

  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());

  it('exports a plan’s outline, indicators and lines, and imports it back to the same outline', () => {
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    const source = loadSourcePlan(t.db, plan);
    const depts = t.db.select().from(s.departments).all();
    const file = planTemplate(
      source,
      { name: plan.title, numbering: plan.numbering, displayUnit: plan.displayUnit },
      new Map(depts.map((d) => [d.id, d.code])),
    );
    const back = parseTemplate(JSON.stringify(file));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.template.sections).toHaveLength(source.sections.length);
    expect(back.template.indicators.map((i) => i.code)).toEqual(source.indicators.map((i) => i.code));
    expect(back.template.financialLines).toHaveLength(9);
    const st = templateStructure(back.template, { startYear: 2030, endYear: 2030 }, new Map(depts.map((d) => [d.code, d.id])));
    const top = st.sections.filter((x) => x.parentKey === null).sort((a, b) => a.sortOrder - b.sortOrder);
    expect(top.map((x) => `${x.number}${x.title}`)).toEqual([
      '前文',
      '１.業務環境',
      '２.事業計画',
      '３.決算概要',
      '４.重点課題',
      '５.コンプライアンスの徹底',
      '６.外部評価委員の意見等',
    ]);
    expect(st.sections.find((x) => x.key === 'group.hosho')!.departmentId).toBe(depts.find((d) => d.code === 'hosho')!.id);
  });
});
