// The one way pages and route handlers ask the policy: the user allowed to do `action` on
// `target`, or the refusal (a 404 page: a refused page does not confirm that anything exists;
// a route answers 401/403/404 with the errors.* message).
import 'server-only';
import { notFound } from 'next/navigation';
import { apiError } from '@/lib/api-error';
import { type Action, decide, type Target } from './policy';
import { type CurrentUser, getCurrentUser, requireUser } from './session';

/** For pages: the signed-in user allowed `action` on `target`; anonymous → /login, refused → 404. */
export async function requirePage(action: Action, target: Target = {}): Promise<CurrentUser> {
  const user = await requireUser();
  if (!decide(user, action, target).ok) notFound();
  return user;
}

/** For route handlers: the user allowed `action` on `target`, or the refusal to return as is. */
export async function requireRoute(action: Action, target: Target = {}): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  if (!user) return apiError(401, 'unauthenticated');
  return (await refuseRoute(user, action, target)) ?? user;
}

/** The second step of a route handler, once its target is loaded: the refusal, or null when allowed. */
export async function refuseRoute(user: CurrentUser, action: Action, target: Target): Promise<Response | null> {
  const decision = decide(user, action, target);
  if (decision.ok) return null;
  return decision.reason === 'not_found' ? apiError(404, 'not_found') : apiError(403, decision.reason);
}
