import { describe, expect, it } from 'vitest';
import { showDemoAccounts } from './demo';

describe('demo accounts on the login page', () => {
  it('are listed in demo mode on a demo database', () => expect(showDemoAccounts({ isDemo: true }, true)).toBe(true));
  it('are hidden in production mode', () => expect(showDemoAccounts({ isDemo: true }, false)).toBe(false));
  it('are hidden for a real organisation even in demo mode', () => expect(showDemoAccounts({ isDemo: false }, true)).toBe(false));
  it('are hidden before any organisation exists', () => expect(showDemoAccounts(null, true)).toBe(false));
});
