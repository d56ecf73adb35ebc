import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses short, common, one-character and sequence passwords', () => {
    expect(passwordProblem('short1')).toBe('passwordShort');
    expect(passwordProblem('aaaaaaaaaa')).toBe('passwordSimple');
    expect(passwordProblem('abababababab')).toBe('passwordSimple');
    expect(passwordProblem('1234567890')).toBe('passwordSimple');
    expect(passwordProblem('qwertyuiop')).toBe('passwordCommon');
    expect(passwordProblem('Password123')).toBe('passwordCommon');
  });

  it('refuses a password that contains the login id', () => {
    expect(passwordProblem('yamada-2026-spring', 'yamada')).toBe('passwordHasLogin');
  });

  it('accepts a long, varied password (the demo password included)', () => {
    expect(passwordProblem('hyoka-demo-2024')).toBeNull();
    expect(passwordProblem('梅雨の晴れ間に計画を見直す')).toBeNull();
    expect(passwordProblem('correct horse battery', 'staff-hosho')).toBeNull();
  });
});
