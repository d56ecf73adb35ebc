import { describe, expect, it } from 'vitest';
import { DEFAULT_ROSTER_FORMAT, formatRoster } from './roster';

const members = [
  { affiliation: '北の国大学経済学部', title: '教授', name: '山田一郎' },
  { affiliation: '', title: '弁護士', name: '佐藤花子' },
];

describe('formatRoster', () => {
  it('prints the default form: 委員：所属職名 氏名、…', () => {
    expect(formatRoster(members)).toBe('委員：北の国大学経済学部教授 山田一郎、弁護士 佐藤花子');
    expect(formatRoster(members, DEFAULT_ROSTER_FORMAT)).toBe(formatRoster(members));
  });
  it('follows an edited format: order, honorific, separator and the words around it', () => {
    expect(formatRoster(members, { member: '{affiliation}{title} {name}氏', separator: '、', wrapper: '{members}により構成される' })).toBe(
      '北の国大学経済学部教授 山田一郎氏、弁護士 佐藤花子氏により構成される',
    );
    expect(formatRoster(members, { member: '{name}（{affiliation}{title}）', separator: '・', wrapper: '{members}' })).toBe(
      '山田一郎（北の国大学経済学部教授）・佐藤花子（弁護士）',
    );
  });
  it('prints nothing, not the wrapper alone, without members', () => {
    expect(formatRoster([])).toBe('');
    expect(formatRoster([], { member: '{name}氏', separator: '・', wrapper: '{members}により構成される' })).toBe('');
  });
  it('collapses the space an empty field leaves', () => {
    expect(
      formatRoster([{ affiliation: '', title: '', name: '山田一郎' }], {
        member: '{affiliation} {title} {name}',
        separator: '',
        wrapper: '{members}',
      }),
    ).toBe('山田一郎');
  });
});
