import { describe, expect, it } from 'vitest';
import { auditChanges, csvCell, japanDayBounds, japanTime } from './changes';

describe('audit for people', () => {
  it('lists only the fields that changed, with a diff for long texts', () => {
    const long = '当年度は、創業支援と事業承継支援を重点に、金融機関・支援機関との連携を強化した。';
    const changes = auditChanges(
      { status: 'draft', version: 3, narrative: long },
      { status: 'submitted', version: 4, narrative: `${long}追記。` },
    );
    expect(changes.map((c) => c.field)).toEqual(['status', 'version', 'narrative']);
    expect(changes[0]).toMatchObject({ before: 'draft', after: 'submitted', diff: null });
    expect(changes[2]?.diff?.filter((p) => p.added).map((p) => p.text)).toEqual(['追記。']);
    expect(auditChanges(null, { phase: 'entry' })).toEqual([{ field: 'phase', before: '', after: 'entry', diff: null }]);
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('CSV cells never start a formula', () => {
    expect(['=SUM(A1)', '+1', '-1', '@x', '\tx', '\rx'].map(csvCell)).toEqual([
      `"'=SUM(A1)"`,
      `"'+1"`,
      `"'-1"`,
      `"'@x"`,
      `"'\tx"`,
      `"'\rx"`,
    ]);
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('ふつう')).toBe('ふつう');
  });

  it('Japan time and Japan days', () => {
    expect(japanTime('2026-12-01T15:30:00.000Z')).toBe('2026-12-02 00:30:00');
    expect(japanDayBounds('2026-12-01', '2026-12-01')).toEqual({ from: '2026-11-30T15:00:00.000Z', to: '2026-12-01T15:00:00.000Z' });
  });
});
