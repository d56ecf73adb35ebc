import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { compareWithReference, extractFigures, htmlToText, parseReference } from './fidelity';
import { renderReportBody } from './render-html';

const REFERENCE = path.resolve(__dirname, '../../../shared/reference/r6-keiei-keikaku-hyoka.txt');
const reference = fs.readFileSync(REFERENCE, 'utf8');

describe('fidelity: the FY2024 demo report against the published reference', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());
  const plan = getAnnualPlan(t.db, 1, 2024)!;
  const doc = buildReportForPlan(t.db, plan);
  const text = htmlToText(renderReportBody(doc));
  const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : b.type === 'bullets' ? [b.heading] : []));
  const result = compareWithReference(text, reference, headings);

  it('parses the reference into sentences, chapters and figures', () => {
    const parts = parseReference(reference);
    expect(parts.chapters).toEqual([
      '１.業務環境',
      '２.事業計画',
      '３.決算概要',
      '４.重点課題',
      '５.コンプライアンスの徹底',
      '６.外部評価委員の意見等',
    ]);
    expect(parts.sentences.length).toBeGreaterThan(150);
    expect(parts.figures).toContain('1兆1,064億円');
    expect(parts.figures).toContain('△24億1,900万円');
    expect(parts.figures).toContain('92.2％');
  });

  it('has every sentence of the reference, in order', () => {
    console.log(
      `fidelity: sentences ${result.sentences.matched}/${result.sentences.total}, figures ${result.figures.matched}/${result.figures.total}, chapters ${result.chapters.matched}/${result.chapters.total}`,
    );
    expect(result.sentences.missing).toEqual([]);
  });

  it('has every figure of the reference', () => {
    expect(result.figures.missing).toEqual([]);
  });

  it('has the chapter headings with the document numbering, and the title', () => {
    expect(result.chapters.missing).toEqual([]);
    expect(result.title).toBe(true);
    // As printed: full-width digits, nothing appended.
    expect(doc.title).toBe('令和６年度 経営計画の評価');
  });

  it('a changed figure or a dropped sentence is caught', () => {
    const broken = text.replaceAll('1 兆 1,064 億円', '1 兆 1,065 億円').replace('前年度比で減少しました。', '');
    const r = compareWithReference(broken, reference, headings);
    expect(r.figures.missing).toContain('1兆1,064億円');
    expect(r.sentences.missing.length).toBeGreaterThan(0);
  });

  it('extracts figures with units only', () => {
    expect(extractFigures('計画 1 兆 2,000 億円、92.2％ と 2 回、令和 6 年度')).toEqual(['1兆2,000億円', '92.2％', '2回']);
  });
});
