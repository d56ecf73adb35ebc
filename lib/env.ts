// The one place that reads the environment.
import path from 'node:path';

/** Path of the SQLite file: DATABASE_URL (a path or file: URL), default data/hyoka.db. */
export function databasePath(): string {
  const raw = process.env.DATABASE_URL?.trim();
  if (!raw) return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data/hyoka.db');
  const p = raw.startsWith('file:') ? raw.slice('file:'.length) : raw;
  return p === ':memory:' ? p : path.resolve(/*turbopackIgnore: true*/ process.cwd(), p);
}

/** Demo mode: set by `npm start` unless HYOKA_DEMO=0; lists demo accounts on the login page. */
export function isDemoMode(): boolean {
  return process.env.HYOKA_DEMO === '1';
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === 'production';
}

/**
 * HYOKA_TRUSTED_PROXIES: addresses (or IPv4 CIDR ranges) of the reverse proxies in front of the
 * app, comma or space separated. Only a request that comes from one of them has its
 * X-Forwarded-For believed; unset, the header is ignored (docs/OPERATIONS.md).
 */
export function trustedProxies(): string[] {
  return (process.env.HYOKA_TRUSTED_PROXIES ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
