import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimsOf } from './claims';
import { ABSOLUTE_MS } from './config';

const SECRET = 'claims-test-secret-0123456789-abcdefghij';
const COOKIE = 'authjs.session-token';
const claims = { uid: 7, sid: 'sid-1', sv: 2 };

beforeAll(() => {
  process.env.AUTH_SECRET = SECRET;
});

const token = (extra: Record<string, unknown>, maxAge = 600, secret = SECRET) =>
  encode({ token: { ...claims, loginAt: Date.now(), ...extra }, secret, salt: COOKIE, maxAge });

describe('session cookie claims', () => {
  it('decodes a cookie encrypted with the secret', async () => {
    expect(await claimsOf(COOKIE, await token({}))).toMatchObject(claims);
  });

  it('refuses a cookie of another secret, another cookie name, or garbage', async () => {
    expect(await claimsOf(COOKIE, await token({}, 600, 'another-secret-0123456789-abcdefghijkl'))).toBeNull();
    expect(await claimsOf('__Secure-authjs.session-token', await token({}))).toBeNull();
    expect(await claimsOf(COOKIE, 'not-a-token')).toBeNull();
  });

  it('refuses an expired cookie, and a remembered one once its time has passed', async () => {
    expect(await claimsOf(COOKIE, await token({}, -60))).toBeNull();
    const t = await token({}, 60);
    expect(await claimsOf(COOKIE, t)).not.toBeNull();
    expect(await claimsOf(COOKIE, t, Date.now() + 61_000)).toBeNull();
  });

  it('refuses a cookie past the absolute limit from login, remembered or not', async () => {
    expect(await claimsOf(COOKIE, await token({ loginAt: Date.now() - ABSOLUTE_MS - 1000 }))).toBeNull();
    const t = await token({ loginAt: Date.now() - ABSOLUTE_MS + 5_000 });
    expect(await claimsOf(COOKIE, t)).not.toBeNull();
    expect(await claimsOf(COOKIE, t, Date.now() + 10_000)).toBeNull();
  });

  it('refuses a well-encrypted cookie without the session claims', async () => {
    const bare = await encode({ token: { uid: 7, loginAt: Date.now() }, secret: SECRET, salt: COOKIE, maxAge: 600 });
    expect(await claimsOf(COOKIE, bare)).toBeNull();
  });
});
