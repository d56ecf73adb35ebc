import { describe, expect, it } from 'vitest';
import { expandTokens, NARRATIVE_TOKENS } from './tokens';

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
});
