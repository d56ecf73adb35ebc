// The one place the application reads the environment. Outside the app, the npm scripts
// (scripts/*.mjs), drizzle.config.ts, playwright.config.ts and the e2e and bench harnesses read
// it themselves: they run before or around the app, where this module is not loaded.
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

/**
 * `next dev`: the CSP then allows eval (React's dev tools need it). NODE_ENV is replaced at
 * build time by Next, so this is fixed per build.
 */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV !== 'production';
}

/** A production server (not the build) without AUTH_SECRET: it must refuse to start. */
export function authSecretMissing(): boolean {
  return process.env.NODE_ENV === 'production' && !process.env.AUTH_SECRET && process.env.NEXT_PHASE !== 'phase-production-build';
}

/** The secret the session cookie is encrypted with (Auth.js reads the same variable). */
export function authSecret(): string {
  return process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? '';
}

/** bcrypt cost: 12, or HYOKA_BCRYPT_COST (4–14) for tests and the demo seed. */
export function bcryptCost(): number {
  const n = Number(process.env.HYOKA_BCRYPT_COST);
  return Number.isInteger(n) && n >= 4 && n <= 14 ? n : 12;
}

/** HYOKA_COUNT_QUERIES=1: the server counts SQL statements for the benchmark (/api/debug/queries). */
export function countingQueries(): boolean {
  return process.env.HYOKA_COUNT_QUERIES === '1';
}

/** The Chromium that renders PDFs: HYOKA_CHROMIUM_PATH, default Debian's. */
export function chromiumPath(): string {
  return process.env.HYOKA_CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** SMTP server for notification mail (smtp://user:pass@host:587); unset = notifications in the app only. */
export function smtpUrl(): string | null {
  return process.env.HYOKA_SMTP_URL?.trim() || null;
}

/** The From: of notification mail. */
export function mailFrom(): string {
  return process.env.HYOKA_MAIL_FROM?.trim() || 'Hyoka <hyoka@localhost>';
}

/** The address users reach the app at, for links in mail; default where `npm start` listens. */
export function publicUrl(): string {
  const raw = process.env.HYOKA_PUBLIC_URL?.trim();
  if (raw) return raw.replace(/\/+$/, '');
  return `http://${process.env.HOST || '127.0.0.1'}:${process.env.PORT || '3000'}`;
}

/** The mail worker's tick, the first retry delay (doubled per failure) and the longest one, in ms. */
export function mailTiming(): { tickMs: number; retryBaseMs: number; retryMaxMs: number } {
  const n = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return {
    tickMs: n(process.env.HYOKA_MAIL_TICK_MS, 5000),
    retryBaseMs: n(process.env.HYOKA_MAIL_RETRY_MS, 30_000),
    retryMaxMs: n(process.env.HYOKA_MAIL_RETRY_MAX_MS, 3_600_000),
  };
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
