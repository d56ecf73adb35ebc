import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { clearLoginFailures, isThrottled, recordLoginFailure, THROTTLE } from './login-throttle';

const t = createTestDb();
afterAll(() => t.cleanup());
const now = 1_800_000_000_000;

describe('login throttling', () => {
  it('locks an account after five failures within the window', () => {
    const keys = ['account:alice'];
    for (let i = 0; i < THROTTLE.account - 1; i++) recordLoginFailure(t.db, keys, now + i);
    expect(isThrottled(t.db, keys, now + 10)).toBe(false);
    recordLoginFailure(t.db, keys, now + 10);
    expect(isThrottled(t.db, keys, now + 11)).toBe(true);
    expect(isThrottled(t.db, keys, now + 10 + THROTTLE.lockMs + 1)).toBe(false);
  });

  it('an address takes more failures before it locks', () => {
    const keys = ['address:10.0.0.1'];
    for (let i = 0; i < THROTTLE.account; i++) recordLoginFailure(t.db, keys, now + i);
    expect(isThrottled(t.db, keys, now + 100)).toBe(false);
    for (let i = THROTTLE.account; i < THROTTLE.address; i++) recordLoginFailure(t.db, keys, now + i);
    expect(isThrottled(t.db, keys, now + 100)).toBe(true);
  });

  it('failures older than the window start a new count', () => {
    const keys = ['account:bob'];
    for (let i = 0; i < THROTTLE.account - 1; i++) recordLoginFailure(t.db, keys, now);
    recordLoginFailure(t.db, keys, now + THROTTLE.windowMs + 1);
    expect(isThrottled(t.db, keys, now + THROTTLE.windowMs + 2)).toBe(false);
  });

  it('a successful login clears the account count', () => {
    const keys = ['account:carol'];
    for (let i = 0; i < THROTTLE.account - 1; i++) recordLoginFailure(t.db, keys, now);
    clearLoginFailures(t.db, keys);
    recordLoginFailure(t.db, keys, now);
    expect(isThrottled(t.db, keys, now)).toBe(false);
  });
});
