import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { getFigureSentenceSettings, listSentenceSamples, updateFigureSentences } from './admin-sentences';
import { getFirstOrganisation } from './plans';

describe('the wording of figure sentences', () => {
  const h = createTestDb({ demo: true });
  afterAll(() => h.cleanup());
  const orgId = getFirstOrganisation(h.db)!.id;

  it('saves on the version it was based on only (a stale save changes nothing)', () => {
    const before = getFigureSentenceSettings(h.db, orgId)!;
    const wording = { yearEnd: '{name}は{actual}でした。', toDate: '{name}は{asOf}で{actual}です。' };
    expect(updateFigureSentences(h.db, orgId, before.version, wording)).toBe(1);
    expect(updateFigureSentences(h.db, orgId, before.version, null)).toBe(0);
    expect(getFigureSentenceSettings(h.db, orgId)).toMatchObject({ version: before.version + 1, figureSentences: wording });
  });

  it('previews on the year in progress (figures to date) and on the latest published year', () => {
    const { open, closed } = listSentenceSamples(h.db, orgId);
    expect(open?.year).toBe(2025);
    expect(closed?.year).toBe(2024);
    expect(open!.indicators.some((i) => i.fig.toDate)).toBe(true);
    const approvals = closed!.indicators.find((i) => i.code === 'guarantee_approvals_amount')!;
    expect(approvals.fig.text.planRatio).toBe('92.2％');
  });
});
