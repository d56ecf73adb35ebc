import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { getDb } from '@/db/client';
import type { Db } from '@/db/open';
import { auditLog } from '@/db/schema';
import { type Action, decide, type Target } from '@/lib/auth/policy';
import { type CurrentUser, getCurrentUser, getSessionId } from '@/lib/auth/session';
import { emitNotification } from '@/lib/notify/emit';
import type { NotifyEvent } from '@/lib/notify/events';
import { fieldMessageKey } from './field-messages';
import type { ActionErrorCode, ActionResult } from './result';

/** Thrown inside a handler to refuse; the transaction rolls back and nothing is written. */
export class ActionFailure extends Error {
  constructor(
    readonly code: ActionErrorCode,
    readonly detail?: unknown,
  ) {
    super(code);
  }
}

export type AuditEntry = { action: string; entityType: string; entityId: string | number | null; before?: unknown; after?: unknown };

export type ActionContext<I> = {
  user: CurrentUser;
  /** The login session this request belongs to. */
  sessionId: string | null;
  input: I;
  tx: Db;
  /** Checks the policy against the loaded target record; refuses by throwing. */
  authorize: (action: Action, target: Target) => void;
  audit: (entry: AuditEntry) => void;
  /** Notifies whom the event concerns (lib/notify/events.ts), in this transaction. */
  notify: (event: NotifyEvent) => void;
};

export async function failure(code: ActionErrorCode, extra?: { fieldErrors?: Record<string, string[]>; detail?: unknown }) {
  const t = await getTranslations('errors');
  return { ok: false as const, error: code, message: t(code), ...extra };
}

function logRefusal(name: string, userId: number | null, code: ActionErrorCode) {
  console.warn(JSON.stringify({ event: 'action.refused', action: name, userId, code, at: new Date().toISOString() }));
}

/**
 * The one way to write a server action: session → user reloaded from the database → zod →
 * policy on the target record (inside the handler) → one transaction with the write and its
 * audit rows → a typed result. Handlers are synchronous: better-sqlite3 transactions must be.
 */
export function defineAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (ctx: ActionContext<z.infer<S>>) => T,
  options: { after?: (data: T) => void | Promise<void> } = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user) {
      logRefusal(name, null, 'unauthenticated');
      return failure('unauthenticated');
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      logRefusal(name, user.id, 'invalid');
      const t = await getTranslations('errors');
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.') || '_';
        fieldErrors[key] ??= [];
        fieldErrors[key].push(t(`fields.${fieldMessageKey(issue, (k) => t.has(`fields.${k}`))}`));
      }
      return failure('invalid', { fieldErrors });
    }
    const sessionId = await getSessionId();
    let data: T;
    try {
      data = getDb().transaction(
        (tx) => {
          let audited = false;
          const ctx: ActionContext<z.infer<S>> = {
            user,
            sessionId,
            input: parsed.data,
            tx,
            authorize(action, target) {
              const decision = decide(user, action, target);
              if (!decision.ok) throw new ActionFailure(decision.reason);
            },
            audit(entry) {
              audited = true;
              tx.insert(auditLog)
                .values({
                  userId: user.id,
                  action: entry.action,
                  entityType: entry.entityType,
                  entityId: entry.entityId == null ? null : String(entry.entityId),
                  before: entry.before ?? null,
                  after: entry.after ?? null,
                })
                .run();
            },
            notify(event) {
              emitNotification(tx, user, event);
            },
          };
          const result = handler(ctx);
          if (!audited) throw new Error(`action ${name} wrote no audit row`);
          return result;
        },
        { behavior: 'immediate' },
      );
    } catch (error) {
      if (error instanceof ActionFailure) {
        logRefusal(name, user.id, error.code);
        return failure(error.code, { detail: error.detail });
      }
      if (error instanceof Error && /plan is published/.test(error.message)) {
        logRefusal(name, user.id, 'published');
        return failure('published');
      }
      throw error;
    }
    // Outside the try: redirect() and notFound() work by throwing.
    await options.after?.(data);
    return { ok: true, data };
  };
}

/** For the few actions that run before anyone is signed in (login): zod only; refusals are logged. */
export function definePublicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.infer<S>) => Promise<ActionResult<T>>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      logRefusal(name, null, 'invalid');
      return failure('invalid');
    }
    const result = await handler(parsed.data);
    if (!result.ok) logRefusal(name, null, result.error);
    return result;
  };
}
