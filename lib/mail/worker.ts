// The mail worker: runs inside the server process (started from instrumentation.ts), so mail
// needs no second service. Requests only write rows to mail_queue; this loop sends them, with
// exponential backoff on failure. A restart loses nothing: the queue is in the database, and a
// row is marked sent only after the SMTP server accepted it (at worst a mail is sent twice).
import nodemailer, { type Transporter } from 'nodemailer';
import { listDueMail, markMailFailed, markMailSent } from '@/db/queries/notifications';
import type { Db } from '@/db/open';
import { mailFrom, mailTiming, smtpUrl } from '@/lib/env';
import { notifyDeadlines, queueDigests } from '@/lib/notify/deadlines';

const MAX_ATTEMPTS = 12;
const MAX_DELAY_MS = 3_600_000;
/** Deadlines and digests change by the day: looking every minute is plenty. */
const SCHEDULE_EVERY_MS = 60_000;

export function retryDelay(attempts: number, baseMs: number): number {
  return Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, attempts));
}

export type Sender = (mail: { to: string; subject: string; text: string }) => Promise<void>;

export function smtpSender(url: string): Sender {
  const transport: Transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return async (m) => {
    await transport.sendMail({ from: mailFrom(), to: m.to, subject: m.subject, text: m.text });
  };
}

/** Sends what is due, one at a time; each outcome is written before the next is tried. */
export async function sendDue(db: Db, send: Sender, now = new Date(), retryBaseMs = mailTiming().retryBaseMs): Promise<number> {
  let sent = 0;
  for (const m of listDueMail(db, now.toISOString(), 20)) {
    try {
      await send({ to: m.toAddress, subject: m.subject, text: m.body });
      markMailSent(db, m.id);
      sent++;
    } catch (error) {
      const at = new Date(Date.now() + retryDelay(m.attempts, retryBaseMs)).toISOString();
      markMailFailed(db, m.id, error instanceof Error ? error.message : String(error), { at, giveUp: m.attempts + 1 >= MAX_ATTEMPTS });
      // The server is likely down: the rest waits for the next tick rather than failing too.
      break;
    }
  }
  return sent;
}

type WorkerState = { timer?: NodeJS.Timeout; running: boolean; lastSchedule: number };

/** Starts the loop once per process (a second call, e.g. after a dev reload, does nothing). */
export function startMailWorker(getDb: () => Db): void {
  const g = globalThis as { hyokaMailWorker?: WorkerState };
  if (g.hyokaMailWorker) return;
  const state: WorkerState = { running: false, lastSchedule: 0 };
  g.hyokaMailWorker = state;
  const url = smtpUrl();
  const send = url ? smtpSender(url) : null;
  const tick = async () => {
    if (state.running) return;
    state.running = true;
    try {
      const db = getDb();
      const now = new Date();
      if (now.getTime() - state.lastSchedule >= SCHEDULE_EVERY_MS) {
        state.lastSchedule = now.getTime();
        db.transaction(
          (tx) => {
            notifyDeadlines(tx, now);
            if (send) queueDigests(tx, now);
          },
          { behavior: 'immediate' },
        );
      }
      if (send) await sendDue(db, send, now);
    } catch (error) {
      console.error(JSON.stringify({ event: 'mail.worker.error', message: error instanceof Error ? error.message : String(error) }));
    } finally {
      state.running = false;
    }
  };
  state.timer = setInterval(tick, mailTiming().tickMs);
  state.timer.unref();
  void tick();
}
