import { describe, expect, it } from 'vitest';
import {
  chartValue,
  daysUntil,
  fiscalSeries,
  formatFigure,
  formatMoney,
  isOverdue,
  latestEntered,
  missingMonths,
  paceProgress,
  yoyTrend,
} from './progress';

const yen = { unit: 'yen' as const, scale: 0, yenPrecision: 'oku' as const };

describe('fiscalSeries', () => {
  it('lays flows out April → March, accumulating, with the plan pace per month', () => {
    const s = fiscalSeries(
      [
        { month: 5, value: 20 },
        { month: 4, value: 10 },
        { month: 6, value: 30 },
      ],
      'sum',
      1200,
    );
    expect(s.map((p) => p.month)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(s.slice(0, 4).map((p) => p.progress)).toEqual([10, 30, 60, null]);
    expect(s.map((p) => p.pace)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]);
  });

  it('keeps months not entered as null, not zero, for values and progress', () => {
    const s = fiscalSeries(
      [
        { month: 4, value: 0 },
        { month: 10, value: 5 },
      ],
      'sum',
      null,
    );
    expect(s[0]).toMatchObject({ value: 0, progress: 0 });
    expect(s.slice(1, 6).every((p) => p.value === null && p.progress === null)).toBe(true);
    expect(s[6]).toMatchObject({ month: 10, value: 5, progress: 5 });
    expect(s.slice(7).every((p) => p.value === null && p.progress === null && p.pace === null)).toBe(true);
  });

  it('takes the running total the query computed when given', () => {
    const s = fiscalSeries(
      [
        { month: 4, value: 10, cumulative: 10 },
        { month: 5, value: 20, cumulative: 30 },
      ],
      'sum',
      120,
    );
    expect(s[1]!.progress).toBe(30);
  });

  it('keeps balances as month-end values against the plan itself', () => {
    const s = fiscalSeries(
      [
        { month: 4, value: 500 },
        { month: 5, value: 520 },
      ],
      'end',
      600,
    );
    expect(s.slice(0, 3).map((p) => p.progress)).toEqual([500, 520, null]);
    expect(s.every((p) => p.pace === 600)).toBe(true);
  });

  it('gives annual indicators no months', () => {
    const s = fiscalSeries([{ month: 4, value: 1 }], 'annual', 100);
    expect(s.every((p) => p.value === null && p.pace === null)).toBe(true);
  });
});

describe('missing months', () => {
  it('FY2025-like data entered April–October: November–March not yet entered', () => {
    const rows = [4, 5, 6, 7, 8, 9, 10].map((month) => ({ month, value: 100 }));
    const s = fiscalSeries(rows, 'sum', 1200);
    expect(latestEntered(s)?.month).toBe(10);
    expect(missingMonths(s)).toEqual({ gaps: [], notYet: [11, 12, 1, 2, 3] });
  });

  it('tells a gap before the latest month apart from months still to come', () => {
    const s = fiscalSeries(
      [
        { month: 4, value: 1 },
        { month: 6, value: 1 },
      ],
      'sum',
      null,
    );
    expect(missingMonths(s)).toEqual({ gaps: [5], notYet: [7, 8, 9, 10, 11, 12, 1, 2, 3] });
  });

  it('no months at all: nothing entered, everything to come', () => {
    const s = fiscalSeries([], 'sum', 100);
    expect(latestEntered(s)).toBeNull();
    expect(missingMonths(s).notYet).toHaveLength(12);
    expect(paceProgress(s, 'higher')).toBeNull();
  });
});

describe('paceProgress: status by direction', () => {
  const seven = [4, 5, 6, 7, 8, 9, 10].map((month) => ({ month, value: 80 }));
  it('a flow behind the pace is behind when higher is better', () => {
    // 560 to date against 700 due after 7 months of 1,200 → 80.0%
    const p = paceProgress(fiscalSeries(seven, 'sum', 1200), 'higher');
    expect(p).toEqual({ month: 10, progress: 560, pace: 700, ratio: 800, status: 'behind' });
  });
  it('the same figures are ahead when lower is better (代位弁済)', () => {
    expect(paceProgress(fiscalSeries(seven, 'sum', 1200), 'lower')?.status).toBe('ahead');
  });
  it('within the tolerance band is on track, either way', () => {
    const rows = [{ month: 4, value: 97 }];
    expect(paceProgress(fiscalSeries(rows, 'sum', 1200), 'higher')?.status).toBe('on_track');
    expect(paceProgress(fiscalSeries([{ month: 4, value: 103 }], 'sum', 1200), 'lower')?.status).toBe('on_track');
  });
  it('a balance compares the latest month-end with the plan', () => {
    const p = paceProgress(fiscalSeries([{ month: 4, value: 51_076 }], 'end', 50_000), 'higher', 'down');
    expect(p?.ratio).toBe(1021);
    expect(p?.status).toBe('ahead');
  });
  it('no plan: no pace and no status', () => {
    expect(paceProgress(fiscalSeries(seven, 'sum', null), 'higher')).toBeNull();
  });
});

describe('yoyTrend', () => {
  it('reads a rise as good or bad by direction', () => {
    expect(yoyTrend(1152, 'higher')).toBe('better'); // 回収 115.2%
    expect(yoyTrend(1172, 'lower')).toBe('worse'); // 代位弁済 117.2%
    expect(yoyTrend(923, 'higher')).toBe('worse'); // 保証承諾 92.3%
    expect(yoyTrend(908, 'lower')).toBe('better');
    expect(yoyTrend(1000, 'higher')).toBe('flat');
    expect(yoyTrend(null, 'higher')).toBeNull();
  });
});

describe('figures in the display unit', () => {
  it('億円 style for oku, the unit number and label otherwise', () => {
    expect(formatFigure(1_106_400_000_000, yen, 'oku')).toBe('1兆1,064億円');
    expect(formatFigure(1_106_400_000_000, yen, 'million')).toBe('1,106,400百万円');
    expect(formatFigure(113, { unit: 'multiple', scale: 2 }, 'million')).toBe('1.13倍');
    expect(formatFigure(null, yen, 'oku')).toBe('―');
  });
  it('money lines keep 万 precision and △ for decreases', () => {
    expect(formatMoney(-3_363_000_000, 'oku')).toBe('△33億6,300万円');
    expect(formatMoney(-3_363_000_000, 'million')).toBe('△3,363百万円');
  });
  it('chart coordinates in the display unit', () => {
    expect(chartValue(86_300_000_000, 'yen', 0, 'oku')).toBe(863);
    expect(chartValue(86_300_000_000, 'yen', 0, 'million')).toBe(86_300);
    expect(chartValue(113, 'multiple', 2, 'oku')).toBe(1.13);
    expect(chartValue(null, 'yen', 0, 'oku')).toBeNull();
  });
});

describe('deadlines', () => {
  it('dates in Japan time; only planning/entry years have overdue sections', async () => {
    const { japanDate, overdueDeadline } = await import('./progress');
    expect(japanDate(new Date('2026-04-30T15:00:00Z'))).toBe('2026-05-01');
    expect(japanDate(new Date('2026-04-30T14:59:59Z'))).toBe('2026-04-30');
    expect(overdueDeadline({ phase: 'entry', entryDeadline: '2026-04-30' })).toBe('2026-04-30');
    expect(overdueDeadline({ phase: 'published', entryDeadline: '2025-04-30' })).toBeNull();
  });
});

describe('deadlines: days to go and overdue', () => {
  it('counts whole days to or past a deadline', () => {
    expect(daysUntil('2026-04-27', '2026-04-30')).toBe(3);
    expect(daysUntil('2026-05-02', '2026-04-30')).toBe(-2);
    expect(daysUntil('2026-04-30', '2026-04-30')).toBe(0);
  });

  it('is overdue only past the deadline and only while not submitted', () => {
    expect(isOverdue('draft', '2026-04-30', '2026-05-01')).toBe(true);
    expect(isOverdue(null, '2026-04-30', '2026-05-01')).toBe(true);
    expect(isOverdue('draft', '2026-04-30', '2026-04-30')).toBe(false);
    expect(isOverdue('submitted', '2026-04-30', '2026-05-01')).toBe(false);
    expect(isOverdue('draft', null, '2026-05-01')).toBe(false);
  });
});
