import 'server-only';
import { getTranslations } from '@/lib/i18n/get-translations';
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

/** What a loader sees: the signed-in user (its organisation scopes every read), the input, the transaction. */
export type LoadContext<I> = { user: CurrentUser; input: I; tx: Db };

/**
 * The authorization of an action, asked by the wrapper before the handler runs: the policy
 * action, and a loader for its target scoped by the user's organisation (null: not_found).
 * `target` maps the loaded record to what the policy reads; by default the record's own
 * policy fields (phase, departmentId, status, authorId, opinionStatus) are used.
 */
export type Guard<I, R> = {
  action: Action;
  load: (ctx: LoadContext<I>) => R | null | undefined;
  target?: (record: R, ctx: LoadContext<I>) => Target;
};

export type ActionContext<I, R = unknown> = LoadContext<I> & {
  /** The login session this request belongs to. */
  sessionId: string | null;
  /** The record the guard loaded and the policy allowed. */
  target: R;
  /** For actions that touch several records (an import): the policy's answer for one more. */
  can: (action: Action, target: Target) => boolean;
  audit: (entry: AuditEntry) => void;
  /** Notifies whom the event concerns (lib/notify/events.ts), in this transaction. */
  notify: (event: NotifyEvent) => void;
};

/** The organisation itself: the target of organisation-wide actions (people, plans, departments). */
export const organisation = <I>({ user }: LoadContext<I>) => ({ organisationId: user.organisationId });

/** The policy fields of a loaded record (null fields are "unknown"/"none" to the policy). */
function policyFields(record: unknown): Target {
  const r = (record ?? {}) as Record<string, unknown>;
  const pick = <K extends keyof Target>(k: K) => (r[k] == null ? undefined : (r[k] as Target[K]));
  return {
    phase: pick('phase'),
    departmentId: pick('departmentId'),
    status: pick('status'),
    authorId: pick('authorId'),
    opinionStatus: pick('opinionStatus'),
  };
}

export async function failure(code: ActionErrorCode, extra?: { fieldErrors?: Record<string, string[]>; detail?: unknown }) {
  const t = await getTranslations('errors');
  return { ok: false as const, error: code, message: t(code), ...extra };
}

function logRefusal(name: string, userId: number | null, code: ActionErrorCode) {
  console.warn(JSON.stringify({ event: 'action.refused', action: name, userId, code, at: new Date().toISOString() }));
}

/**
 * The one way to write a server action: session → user reloaded from the database → zod →
 * (one IMMEDIATE transaction:) the guard loads the target and the policy decides → only then
 * the handler → its audit rows → a typed result. A handler cannot run unauthorized: it is only
 * reached through the guard. Handlers are synchronous: better-sqlite3 transactions must be.
 */
export function defineAction<S extends z.ZodType, R, T>(
  name: string,
  schema: S,
  guard: Guard<z.infer<S>, R>,
  handler: (ctx: ActionContext<z.infer<S>, R>) => T,
  options: {
    after?: (data: T) => void | Promise<void> /** Allowed while admin's reset password is still in use. */;
    beforePasswordChange?: boolean;
  } = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const user = await getCurrentUser();
    if (!user) {
      logRefusal(name, null, 'unauthenticated');
      return failure('unauthenticated');
    }
    if (user.mustChangePassword && !options.beforePasswordChange) {
      logRefusal(name, user.id, 'forbidden');
      return failure('forbidden');
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
          const loadCtx: LoadContext<z.infer<S>> = { user, input: parsed.data, tx };
          const record = guard.load(loadCtx);
          if (record == null) throw new ActionFailure('not_found');
          const decision = decide(user, guard.action, guard.target ? guard.target(record, loadCtx) : policyFields(record));
          if (!decision.ok) throw new ActionFailure(decision.reason);
          const ctx: ActionContext<z.infer<S>, R> = {
            ...loadCtx,
            sessionId,
            target: record,
            can: (action, target) => decide(user, action, target).ok,
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

/**
 * For the few actions that run before anyone is signed in (login): zod only; refusals are logged.
 * Callable with the input, or as a form action (`useActionState`: previous state, FormData),
 * so that the form works before the page's JavaScript has run (a POST, never a GET).
 */
export function definePublicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.infer<S>) => Promise<ActionResult<T>>,
): (input: z.input<S> | ActionResult<T> | null, form?: FormData) => Promise<ActionResult<T>> {
  return async (raw, form) => {
    const source = form instanceof FormData ? formFields(form) : raw;
    const parsed = schema.safeParse(source);
    if (!parsed.success) {
      logRefusal(name, null, 'invalid');
      return failure('invalid');
    }
    const result = await handler(parsed.data);
    if (!result.ok) logRefusal(name, null, result.error);
    return result;
  };
}

/** The user's fields of a submitted form (not React's $ACTION_… bookkeeping); text only. */
function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (!k.startsWith('$ACTION') && typeof v === 'string') out[k] = v;
  return out;
}
