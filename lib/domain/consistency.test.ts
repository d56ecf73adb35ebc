// The consistency checker: quoted-figure extraction on every sentence of the reference document
// (its narratives and committee opinions as transcribed in the demo seed), the binding rule, and
// the check on the seeded FY2024 database (no false warnings; a changed actual is flagged).
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { listIndicatorsWithValues } from '@/db/queries/indicators';
import { getAnnualPlan, getFirstOrganisation } from '@/db/queries/plans';
import { fy2024OpinionGroups, fy2024Sections } from '@/db/seed/data/fy2024';
import type { SeedSection } from '@/db/seed/types';
import { indicators as indicatorTable, sections, selfAssessments } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { type CheckIndicator, checkNarrative, warningsOf } from './consistency';
import { extractFigures, type RatioKind, splitSentences } from './quoted-figures';

/** Every sentence of the reference that quotes a figure: its start, then each figure with its ratios. */
const REFERENCE_FIGURES: [string, string[][]][] = [
  ['保証承諾額は 1 兆 1,064 億円（', [['1 兆 1,064 億円', '計画比 92.2％', '前年度比 92.3％']]],
  ['保証債務残高は 5 兆 1,076 億円', [['5 兆 1,076 億円', '計画比 102.1％', '前年度比 90.8％']]],
  ['代位弁済額は 863 億円（計画比 86', [['863 億円', '計画比 86.3％', '前年度比 117.2％']]],
  ['回収額は 108 億円（計画比 108.', [['108 億円', '計画比 108.4％', '前年度比 115.2％']]],
  ['初動対応の徹底や保証協会債権回収株式会社', [['100％']]],
  ['経常収支差額は、保証料の減収等により、前', [['6 億 8,700 万円']]],
  ['経常外収支差額は、求償権償却準備金繰入の', [['49 億 8,200 万円']]],
  ['以上により、当期収支差額は 208 億 ', [['208 億 7,000 万円'], ['56 億 6,900 万円']]],
  ['この収支差額剰余金については基本財産（基', [['138 億 7,000 万円'], ['70 億円']]],
  ['この結果、年度末における基本財産は 3,', [['3,699 億 5,600 万円'], ['1,849 億 5,200 万円']]],
  ['前年度に引き続き、上半期・下半期に分けて', [['2 回']]],
  ['政策実施機関として、東京都や区市町等が取', [['9,831億円', '前年度比 92.5％']]],
  ['保証承諾額に占めるシェアは 88.9％と', [['88.9％']]],
  ['経営環境の変化等により業績が悪化した中小', [['3,991 億円', '前年度比 78.4％']]],
  [
    '創業 5 年未満のアーリーステージにある',
    [
      ['10,690 者', '前年度比 97.9％'],
      ['1,208 億円', '同 95.0％'],
      ['5,907 者', '同 97.5％'],
    ],
  ],
  ['また、アーリーステージ先を対象に経営者保', [['54 億円', '同80.6％']]],
  ['小規模事業者に対する保証は、6,479 ', [['6,479 億円', '前年度比 91.6％']]],
  ['金融機関や関係機関等に対して、勉強会や説', [['35 億円', '前年度比 160.7％']]],
  [
    '法人代表者の連帯保証を不要とする保証は、',
    [
      ['9,381 件', '前年度比 212.7％'],
      ['2,449 億円', '同 165.8％'],
    ],
  ],
  [
    'その結果、電子申請件数は 18,032 ',
    [
      ['18,032 件', '前年度比 231.5％'],
      ['21.1％', '前年度 8.8％'],
    ],
  ],
  [
    'また、信用保証書の電子化は取扱金融機関が',
    [
      ['109,686 件', '前年度比 105.1％'],
      ['85.3％', '前年度 80.2％'],
    ],
  ],
  [
    '中小企業者を個別に訪問し業況を詳細に把握',
    [
      ['3,591 者', '計画比 114.3％'],
      ['7,415 回', '同 123.5％'],
    ],
  ],
  ['「経営サポート会議」は、前年度を大きく上', [['835 回', '前年度比 326.2％', '前年度 256 回']]],
  ['令和 6 年度は 69 件実施し、早期の', [['69 件']]],
  ['事業承継の専門的な相談に対応する「事業承', [['701 件', '前年度比 102.9％', '前年度 681 件']]],
  ['また、海外展開の専門的な相談に対応する「', [['89 件', '前年度比 78.8％', '前年度 113件']]],
  ['いずれの指標も以下のとおり目標値である ', [['1 倍']]],
  ['①営業利益増加率…1.13 倍', [['1.13 倍']]],
  ['②リスケ正常化率…1.05 倍', [['1.05 倍']]],
  ['③代位弁済遷移率…1.33 倍', [['1.33 倍']]],
  [
    '業況低迷先、返済条件緩和先に対する条件変',
    [
      ['49,093 件', '前年度比 105.9％'],
      ['16,889 者', '同 105.7％'],
    ],
  ],
  ['延滞等の事故報告事由が生じている先（以下', [['959 者', '前年度比 105.5％']]],
  ['こうした取組により、事故報告企業は 2,', [['2,027 者', '同 95.5％']]],
  ['法人の代表者交代において旧代表者の連帯保', [['797 件', '前年度比130.7％']]],
  ['また、代表者交代時に旧代表者と新代表者を', [['10 件', '同 17.2％']]],
  ['令和 6年度の回収実績は、サービサーによ', [['64億円'], ['108億円', '計画比 108.4％', '前年度比 115.2％']]],
  [
    'また、経営者など個人の連帯保証が提供され',
    [
      ['339 件', '前年度比148.0％'],
      ['422 件', '同 124.1％'],
    ],
  ],
  ['ＳＤＧｓに前向きに取り組む中小企業者に対', [['99 億円', '前年度比 58.6％']]],
  ['他方で、働き方改革や省エネルギー対策に取', [['772 億円', '同 215.4％']]],
  ['法人代表者の連帯保証を不要とする保証は、', [['9,381 件']]],
  ['保証申込に占める電子申込の割合は 21.', [['21.1％', '前年度 8.8％']]],
  ['経営サポート会議の開催回数は、前年度の ', [['256 回'], ['835 回']]],
  ['「経営者保証に関するガイドライン」に適切', [['797 件', '前年度比 130.7％']]],
  ['個々の債務者の実情に十分配慮した上で、サ', [['100％']]],
];

function referenceTexts(): string[] {
  const texts: string[] = [];
  const walk = (nodes: SeedSection[]) =>
    nodes.forEach((n) => {
      if (n.narrative) texts.push(n.narrative);
      walk(n.children ?? []);
    });
  walk(fy2024Sections);
  for (const g of fy2024OpinionGroups) texts.push(g.bullets.join('\n'));
  return texts;
}

const figuresOf = (text: string) => {
  const state: { sameAs: RatioKind } = { sameAs: 'yoy' };
  return splitSentences(text).map((s) => ({ s, figures: extractFigures(s.text, state) }));
};

describe('quoted figures in the reference document', () => {
  const all = referenceTexts().flatMap(figuresOf);
  it('finds the figures of every sentence, and none in the others', () => {
    const found = all
      .filter((x) => x.figures.length > 0)
      .map((x) => [
        x.s.text.slice(0, 20),
        x.figures.map((f) => [f.text, ...f.ratios.map((r) => r.text), ...(f.priorText ? [f.priorText] : [])]),
      ]);
    expect(found).toEqual(REFERENCE_FIGURES);
    expect(all.length).toBe(156);
  });
  it('reads 同 as the ratio named before, also across sentences', () => {
    const [first, second] = figuresOf('延べ 3,591 者（計画比 114.3％）、7,415 回（同 123.5％）。また 54 億円（同80.6％）の実績。');
    expect(first!.figures.map((f) => f.ratios[0]?.kind)).toEqual(['plan', 'plan']);
    expect(second!.figures[0]!.ratios[0]).toMatchObject({ kind: 'plan', text: '同80.6％' });
  });
  it('does not end a sentence inside brackets', () => {
    expect(splitSentences('中小企業者（以下「アーリーステージ先」という。）10,690 者。次。').map((s) => s.text)).toEqual([
      '中小企業者（以下「アーリーステージ先」という。）10,690 者。',
      '次。',
    ]);
  });
  it('reads full-width digits, △ and the precision an amount is written to', () => {
    const figures = figuresOf('差額は△２４億１，９００万円、計画比９２．２％')[0]!.figures;
    expect(figures[0]).toMatchObject({ text: '△２４億１，９００万円', unit: 'yen', yen: { value: -2_419_000_000, step: 10_000n } });
    expect(figures[1]).toMatchObject({ unit: null, ratios: [{ kind: 'plan', text: '計画比９２．２％' }] });
  });
});

const ind = (over: Partial<CheckIndicator> & Pick<CheckIndicator, 'name' | 'unit'>): CheckIndicator => ({
  id: 1,
  aliases: [],
  scale: 0,
  ratioRounding: 'half_up',
  planValue: null,
  actualValue: null,
  priorActualValue: null,
  ...over,
});

describe('binding figures to indicators', () => {
  const amount = ind({
    id: 1,
    name: '保証承諾（金額）',
    aliases: ['保証承諾額'],
    unit: 'yen',
    ratioRounding: 'down',
    planValue: 1_200_000_000_000,
    actualValue: 1_106_400_000_000,
    priorActualValue: 1_198_500_000_000,
  });
  const count = ind({ id: 2, name: '保証承諾件数', unit: 'cases', actualValue: 74_291 });
  it('checks a figure named before it, with its ratios', () => {
    const checks = checkNarrative('保証承諾額は 1 兆 1,064 億円（計画比 92.2％、前年度比 92.3％）となりました。', [amount, count]);
    expect(checks.map((c) => [c.field, c.ok])).toEqual([
      ['actual', true],
      ['plan_ratio', true],
      ['yoy', true],
    ]);
  });
  it('flags a figure that differs from the indicator, with the expected value', () => {
    const [w] = warningsOf(checkNarrative('保証承諾額は 1 兆 1,000 億円となりました。', [amount]));
    expect(w).toMatchObject({ field: 'actual', quoted: '1 兆 1,000 億円', expected: '1兆1,064億円', indicatorId: 1 });
    expect(w!.sentence).toMatchObject({ start: 0, text: '保証承諾額は 1 兆 1,000 億円となりました。' });
  });
  it('ignores a figure whose unit does not match, or whose name comes after it', () => {
    expect(checkNarrative('保証承諾額は 5 件でした。', [amount])).toEqual([]);
    expect(checkNarrative('1 兆円の保証承諾額。', [amount])).toEqual([]);
    expect(checkNarrative('保証承諾額。1 兆円でした。', [amount])).toEqual([]);
  });
  it('lets one mention of a name claim one figure', () => {
    const checks = checkNarrative('保証承諾件数は 74,291 件（うち新規 5,907 件）。', [count]);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.ok).toBe(true);
  });
  it('finds a name the same way every time (its compiled pattern is shared between reviews)', () => {
    const text = '保証承諾額は 1 兆 1,064 億円。保証承諾額は 1 兆 1,000 億円。';
    const first = checkNarrative(text, [amount]).map((c) => [c.sentence.start, c.ok]);
    expect(first).toEqual([
      [0, true],
      [20, false],
    ]);
    expect(checkNarrative(text, [amount]).map((c) => [c.sentence.start, c.ok])).toEqual(first);
  });
  it('checks a bare ratio against the indicator named before it', () => {
    expect(warningsOf(checkNarrative('保証承諾額は計画比92.2％となりました。', [amount]))).toEqual([]);
    expect(warningsOf(checkNarrative('保証承諾額は計画比95.0％となりました。', [amount]))[0]).toMatchObject({
      field: 'plan_ratio',
      expected: '92.2％',
    });
  });
  it('compares at the precision written: 億 rounds, 万 is exact to 万', () => {
    const a = ind({ name: '基本財産', unit: 'yen', actualValue: 369_956_040_000 });
    expect(warningsOf(checkNarrative('基本財産は 3,700 億円。', [a]))).toEqual([]);
    expect(warningsOf(checkNarrative('基本財産は 3,699 億 5,604 万円。', [a]))).toEqual([]);
    expect(warningsOf(checkNarrative('基本財産は 3,699 億 5,600 万円。', [a]))).toHaveLength(1);
  });
  it('checks multiples and percentages by their scale, and the prior year quoted beside them', () => {
    const m = ind({ name: '営業利益増加率', unit: 'multiple', scale: 2, actualValue: 113 });
    const p = ind({ name: '電子申込の割合', unit: 'percent', scale: 1, actualValue: 211, priorActualValue: 88 });
    expect(warningsOf(checkNarrative('営業利益増加率…1.13 倍\n電子申込の割合は 21.1％（前年度 8.8％）', [m, p]))).toEqual([]);
    expect(warningsOf(checkNarrative('電子申込の割合は 21.1％（前年度 9.8％）', [p]))[0]).toMatchObject({
      field: 'prior',
      quoted: '前年度 9.8％',
      expected: '8.8％',
    });
  });
  it('does not check a figure when the indicator has no value yet', () => {
    expect(checkNarrative('保証承諾件数は 70,000 件。', [{ ...count, actualValue: null }])).toEqual([]);
  });
});

describe('the seeded FY2024 data', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const org = getFirstOrganisation(t.db)!;
  const plan = getAnnualPlan(t.db, org.id, 2024)!;
  const aliases = new Map(
    t.db
      .select({ id: indicatorTable.id, aliases: indicatorTable.aliases })
      .from(indicatorTable)
      .where(eq(indicatorTable.planId, plan.id))
      .all()
      .map((r) => [r.id, r.aliases]),
  );
  const values = listIndicatorsWithValues(t.db, plan.id, 2024).map((i) => ({ ...i, aliases: aliases.get(i.id) ?? [] }));
  const narratives = t.db
    .select({ id: sections.id, key: sections.key, narrative: selfAssessments.narrative })
    .from(sections)
    .innerJoin(selfAssessments, eq(selfAssessments.sectionId, sections.id))
    .where(and(eq(sections.planId, plan.id)))
    .all();
  const run = (list: (CheckIndicator & { sectionId: number | null })[]) =>
    narratives.flatMap((n) =>
      checkNarrative(
        n.narrative,
        list.filter((i) => i.sectionId === n.id),
      ).map((c) => ({ key: n.key, ...c })),
    );

  it('finds no false warnings, while checking every quoted figure that has a named indicator', () => {
    const checks = run(values);
    expect(warningsOf(checks)).toEqual([]);
    expect(checks).toHaveLength(67);
    expect(new Set(checks.map((c) => c.key)).size).toBe(18);
  });
  it('flags the narrative that quotes an actual once the actual changes', () => {
    const changed = values.map((i) => (i.code === 'guarantee_approvals_amount' ? { ...i, actualValue: 1_150_000_000_000 } : i));
    const warnings = warningsOf(run(changed));
    expect(warnings.map((w) => [w.key, w.field, w.quoted, w.expected])).toEqual([
      ['kpi.approvals', 'actual', '1 兆 1,064 億円', '1兆1,500億円'],
      ['kpi.approvals', 'plan_ratio', '計画比 92.2％', '95.8％'],
      ['kpi.approvals', 'yoy', '前年度比 92.3％', '95.9％'],
    ]);
  });
});
