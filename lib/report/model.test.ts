import { afterAll, describe, expect, it } from 'vitest';
import { getAnnualPlan } from '@/db/queries/plans';
import { loadReportData } from '@/db/queries/report';
import { decide } from '@/lib/auth/policy';
import { createTestDb } from '@/lib/testing/test-db';
import { buildReportForPlan } from './build';
import { buildReport, committeeRoster, paragraphs, reportTitle } from './model';
import { renderReportBody } from './render-html';

describe('the report model', () => {
  const t = createTestDb({ demo: true });
  afterAll(() => t.cleanup());

  it('FY2024: headings in document order, hidden titles for the preface and the tables, the roster expanded', () => {
    const doc = buildReportForPlan(t.db, getAnnualPlan(t.db, 1, 2024)!);
    expect(doc.draft).toBe(false);
    const headings = doc.blocks.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings.slice(0, 7)).toEqual([
      '１.業務環境',
      '２.事業計画',
      '保証承諾 （計画 1 兆 2,000 億円）',
      '保証債務残高 （計画 5 兆円）',
      '代位弁済 （計画 1,000 億円）',
      '回収 （計画 100 億円）',
      '３.決算概要',
    ]);
    expect(headings).not.toContain('前文');
    expect(headings).not.toContain('主要業務数値');
    expect(headings).not.toContain('決算の概況');
    expect(headings).toContain('保証部門');
    expect(headings.indexOf('保証部門')).toBeLessThan(headings.indexOf('金融機関と連携した支援'));
    expect(doc.tables.map((x) => x.key)).toEqual(['kpi', 'financial']);
    const html = renderReportBody(doc);
    expect(html).toContain('外部評価委員会（委員：慶應義塾大学商学部教授 髙橋美樹、東洋大学名誉教授 安田武彦、弁護士 浅井弘章）');
    expect(html).not.toContain('{{committee}}');
    expect(html).not.toContain('data-draft-mark');
    expect(doc.unfilledTokens).toEqual([]);
  });

  it("writes the plan after an amount heading in the organisation's form, or not at all", () => {
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    const data = loadReportData(t.db, plan);
    const headings = (headingPlan: string) =>
      buildReport(plan, { ...data, organisation: { ...data.organisation, headingPlan } })
        .blocks.filter((b) => b.type === 'heading')
        .map((b) => (b.type === 'heading' ? b.text : ''));
    expect(headings('（計画：{plan}）')).toContain('保証承諾（計画：1 兆 2,000 億円）');
    expect(headings('').slice(2, 4)).toEqual(['保証承諾', '保証債務残高']);
  });

  it('with no committee members yet, the preface keeps {{committee}} as written and the document lists it as unfilled', () => {
    const plan = getAnnualPlan(t.db, 1, 2024)!;
    const data = loadReportData(t.db, plan);
    const doc = buildReport(plan, { ...data, committee: [] });
    const html = renderReportBody(doc);
    expect(html).toContain('外部評価委員会（{{committee}}）の評価を受けました');
    expect(html).not.toContain('委員：）');
    expect(doc.unfilledTokens).toEqual(['committee']);
  });

  it('a draft year is marked, and a committee member does not see draft self-assessments in it', () => {
    const plan = getAnnualPlan(t.db, 1, 2025)!;
    const admin = buildReportForPlan(t.db, plan);
    expect(admin.draft).toBe(true);
    expect(renderReportBody(admin)).toContain('data-draft-mark');
    const committee = { id: 99, role: 'committee' as const, departmentIds: [] };
    const forCommittee = buildReportForPlan(t.db, plan, {
      narrativeVisible: (status) => decide(committee, 'assessment.read', { status: status ?? undefined }).ok,
    });
    const paras = (d: typeof admin) => d.blocks.filter((b) => b.type === 'para').length;
    expect(paras(admin)).toBeGreaterThan(paras(forCommittee));
    expect(renderReportBody(forCommittee)).not.toContain('上半期の東京都内の景気');
    expect(renderReportBody(admin)).toContain('上半期の東京都内の景気');
  });

  it('escapes text from the data', () => {
    const doc = buildReportForPlan(t.db, getAnnualPlan(t.db, 1, 2024)!);
    doc.blocks.unshift({ type: 'para', lines: ['<script>alert(1)</script>'] });
    expect(renderReportBody(doc)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('helpers', () => {
    expect(reportTitle({ title: '令和7年度 経営計画', documentTitle: '令和７年度 経営計画の実績評価' })).toBe(
      '令和７年度 経営計画の実績評価',
    );
    expect(reportTitle({ title: '令和7年度 経営計画', documentTitle: null })).toBe('令和7年度 経営計画');
    expect(paragraphs('a\nb\n\n\nc')).toEqual([['a', 'b'], ['c']]);
    expect(committeeRoster([{ name: '浅井弘章', affiliation: '', title: '弁護士' }])).toBe('委員：弁護士 浅井弘章');
  });
});
