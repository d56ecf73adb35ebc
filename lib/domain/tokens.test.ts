import { describe, expect, it } from 'vitest';
import { expandTokens, NARRATIVE_TOKENS, narrativeTokenValues, unfilledTokens } from './tokens';

const values = {
  organisation: '北の国信用保証協会',
  short: '北の国保証',
  self: '当協会',
  year: '令和7年度',
  committee: '委員：弁護士 山田一郎',
};

describe('expandTokens', () => {
  it('replaces every listed token, with or without spaces', () => {
    expect(expandTokens('{{organisation}}では、{{ year }}の…（{{committee}}）。{{self}}・{{short}}', values)).toBe(
      '北の国信用保証協会では、令和7年度の…（委員：弁護士 山田一郎）。当協会・北の国保証',
    );
    expect(NARRATIVE_TOKENS).toHaveLength(5);
  });
  it('leaves an unknown token as written', () => {
    expect(expandTokens('{{unknown}} と {{organisation}}', values)).toBe('{{unknown}} と 北の国信用保証協会');
  });
  it('leaves a token with nothing to stand for as written, and names it as unfilled', () => {
    const none = { ...values, committee: '', self: '' };
    const text = '外部評価委員会（{{ committee }}）。{{self}}は{{organisation}}の{{committee}}';
    expect(expandTokens(text, none)).toBe('外部評価委員会（{{ committee }}）。{{self}}は北の国信用保証協会の{{committee}}');
    expect(unfilledTokens(text, none)).toEqual(['self', 'committee']);
    expect(unfilledTokens(text, values)).toEqual([]);
    expect(unfilledTokens('{{unknown}}', none)).toEqual([]);
  });
});

describe('narrativeTokenValues', () => {
  const org = { name: '北の国信用保証協会', shortName: '', selfName: '本協会', eraStyle: 'both' as const, rosterFormat: null };
  const committee = [{ name: '山田一郎', affiliation: '北の国大学', title: '教授' }];
  it('takes the names, the year in the era style and the roster in its format', () => {
    expect(narrativeTokenValues(org, committee, { startYear: 2015, endYear: 2015 })).toEqual({
      organisation: '北の国信用保証協会',
      short: '北の国信用保証協会',
      self: '本協会',
      year: '平成27年度（2015年度）',
      committee: '委員：北の国大学教授 山田一郎',
    });
    const custom = {
      ...org,
      eraStyle: 'seireki' as const,
      rosterFormat: { member: '{name}氏', separator: '・', wrapper: '{members}により構成される' },
    };
    const v = narrativeTokenValues(custom, committee, { startYear: 2022, endYear: 2024 });
    expect(v.year).toBe('2022年度〜2024年度');
    expect(expandTokens('外部評価委員会（{{committee}}）', v)).toBe('外部評価委員会（山田一郎氏により構成される）');
  });
  it('gives no roster, not the wrapper alone, when the plan has no committee members', () => {
    expect(narrativeTokenValues(org, [], { startYear: 2024, endYear: 2024 }).committee).toBe('');
  });
});
