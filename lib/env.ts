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

/** The mail worker's tick and the first retry delay (doubled per failure), in ms. */
export function mailTiming(): { tickMs: number; retryBaseMs: number } {
  const n = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return { tickMs: n(process.env.HYOKA_MAIL_TICK_MS, 5000), retryBaseMs: n(process.env.HYOKA_MAIL_RETRY_MS, 30_000) };
}
