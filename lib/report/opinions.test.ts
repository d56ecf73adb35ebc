// Section 6 in each form, as blocks and as the report prints it (HTML), on the FY2024 demo's
// compiled opinions: grouped (Tokyo's), bullets without grouping, one paragraph, free text.
import { afterAll, describe, expect, it } from 'vitest';
import { buildCompilation, listFinalOpinionsForCompilation } from '@/db/queries/compilation';
import { getAnnualPlan } from '@/db/queries/plans';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { opinionBlocks } from './opinions';
import { renderReportBody } from './render-html';

const compiled = [
  { heading: '保証部門', body: '・一つ目。\n・二つ目。' },
  { heading: '回収部門', body: '・三つ目。' },
];

describe('opinionBlocks', () => {
  it('grouped: a heading per block, its lines as bullets', () => {
    expect(opinionBlocks('grouped', compiled)).toEqual([
      { type: 'bullets', heading: '保証部門', items: ['・一つ目。', '・二つ目。'] },
      { type: 'bullets', heading: '回収部門', items: ['・三つ目。'] },
    ]);
  });
  it('bullets: one list with no heading', () => {
    expect(opinionBlocks('bullets', compiled)).toEqual([
      { type: 'bullets', heading: '', items: ['・一つ目。', '・二つ目。', '・三つ目。'] },
    ]);
  });
  it('paragraph and free: paragraphs, no heading, whatever the blocks’ headings say', () => {
    const one = [{ heading: '', body: '一つ目。二つ目。三つ目。' }];
    expect(opinionBlocks('paragraph', one)).toEqual([{ type: 'para', lines: ['一つ目。二つ目。三つ目。'] }]);
    expect(opinionBlocks('free', [{ heading: 'x', body: '第一段。\n\n第二段。' }])).toEqual([
      { type: 'para', lines: ['第一段。'] },
      { type: 'para', lines: ['第二段。'] },
    ]);
  });
});

describe('section 6 of the FY2024 demo in each form', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2024)!;
  const rows = listFinalOpinionsForCompilation(t.db, plan.id);
  const section6 = (html: string) => html.slice(html.indexOf('外部評価委員の意見等'));

  it('grouped (as published): department headings, bullets indented as bullets', () => {
    const html = section6(renderReportBody(buildReportForPlan(t.db, plan)));
    expect(html).toContain('<h4>保証部門</h4>');
    expect(html).toContain('class="rpt-bullet"');
  });
  it('paragraph: one paragraph, no heading, not indented like a bullet', () => {
    const blocks = buildCompilation(rows, 'bullets', 'paragraph');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ heading: '', departmentId: null });
    expect(blocks[0]!.opinionIds).toHaveLength(rows.length);
    const doc = buildReportForPlan(t.db, plan);
    const at = doc.blocks.findIndex((b) => b.type === 'heading' && b.text.endsWith('外部評価委員の意見等'));
    const printed = buildReportForPlan(t.db, { ...plan, opinionsForm: 'paragraph' });
    // The report reads the stored compilation: give it the one-paragraph block.
    const withParagraph = { ...printed, blocks: [...printed.blocks.slice(0, at + 1), ...opinionBlocks('paragraph', blocks)] };
    const html = section6(renderReportBody(withParagraph));
    expect(html).not.toContain('<h4>');
    expect(html).not.toContain('rpt-bullet');
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<p>・/);
  });
  it('the plan’s form decides how the stored blocks print', () => {
    const html = section6(renderReportBody(buildReportForPlan(t.db, { ...plan, opinionsForm: 'bullets' })));
    expect(html).not.toContain('<h4>');
    expect(html.match(/class="rpt-bullet"/g)!.length).toBe(rows.length);
    const free = section6(renderReportBody(buildReportForPlan(t.db, { ...plan, opinionsForm: 'free' })));
    expect(free).not.toContain('rpt-bullet');
  });
  it('free: each opinion a draft paragraph, bullets stripped', () => {
    const [block] = buildCompilation(rows, 'bullets', 'free');
    expect(block!.body.split('\n\n')).toHaveLength(rows.length);
    expect(block!.body).not.toMatch(/^・/m);
  });
});
