// The typed result every server action returns. Shared with client components.
export type ActionErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'published'
  | 'locked'
  | 'throttled'
  | 'credentials';

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: ActionErrorCode; message: string; fieldErrors?: Record<string, string[]>; detail?: unknown };
