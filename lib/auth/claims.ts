// The session cookie's claims, decoded once per token. Auth.js re-derives its key (HKDF) and
// re-encrypts a refreshed token on every `auth()`; the cookie does not change between requests
// (it lives as long as the absolute limit; idle time is kept in the database), so a decrypted
// token is remembered by its exact value until it expires. The cookie itself is the proof: a
// value that was not encrypted with AUTH_SECRET never decodes and is never remembered.
import 'server-only';
import { decode } from 'next-auth/jwt';
import { authSecret } from '@/lib/env';
import { ABSOLUTE_MS } from './config';

export type SessionClaims = { uid: number; sid: string; sv: number; loginAt: number };

const REMEMBERED = 2000;
const remembered = new Map<string, { claims: SessionClaims; expiresAt: number }>();

function valid(payload: Record<string, unknown> | null): SessionClaims | null {
  if (!payload) return null;
  const { uid, sid, sv, loginAt } = payload;
  if (typeof uid !== 'number' || typeof sid !== 'string' || !sid || typeof sv !== 'number' || typeof loginAt !== 'number') return null;
  return { uid, sid, sv, loginAt };
}

/** The claims of a session cookie value, or null (undecodable, expired, past the absolute limit). */
export async function claimsOf(cookieName: string, token: string, now = Date.now()): Promise<SessionClaims | null> {
  const key = `${cookieName}\n${token}`;
  let hit = remembered.get(key);
  if (hit && hit.expiresAt <= now) {
    remembered.delete(key);
    hit = undefined;
  }
  if (!hit) {
    const payload = (await decode({ token, secret: authSecret(), salt: cookieName }).catch(() => null)) as Record<string, unknown> | null;
    const claims = valid(payload);
    if (!claims) return null;
    const exp = typeof payload?.exp === 'number' ? payload.exp * 1000 : now;
    hit = { claims, expiresAt: Math.min(exp, claims.loginAt + ABSOLUTE_MS) };
    if (hit.expiresAt <= now) return null;
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value!);
    remembered.set(key, hit);
  }
  return hit.claims;
}
