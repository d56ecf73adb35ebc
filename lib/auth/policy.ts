// Who may do what: the one table of rules. Pure: callers load the target record and pass it in.
import type { AssessmentStatus, OpinionStatus, PlanPhase, Role } from '@/lib/domain/types';

export type PolicyUser = { id: number; role: Role; departmentIds: readonly number[] };

export type Action =
  | 'plan.read'
  | 'plan.admin'
  | 'section.read'
  | 'assessment.read'
  | 'assessment.history'
  | 'assessment.edit'
  | 'assessment.submit'
  | 'assessment.review'
  | 'actuals.edit'
  | 'actuals.import'
  | 'opinion.read'
  | 'opinion.write'
  | 'response.read'
  | 'response.write'
  | 'compilation.edit'
  | 'dashboard.read'
  | 'note.write'
  | 'note.delete'
  | 'review.read'
  | 'review.markRead'
  | 'plan.unlock'
  | 'session.end'
  | 'account.password'
  | 'report.read'
  | 'people.admin'
  | 'audit.read'
  | 'notification.own'
  | 'reminder.send';

/** What a rule may need to know about the target record. */
export type Target = {
  phase?: PlanPhase;
  departmentId?: number | null;
  /** Status of the self-assessment; undefined when none exists yet (未着手). */
  status?: AssessmentStatus;
  authorId?: number;
  opinionStatus?: OpinionStatus;
};

/** not_found: the record exists but its existence is not confirmed to this user (another member's draft). */
export type Refusal = 'forbidden' | 'published' | 'locked' | 'not_found';
export type Decision = { ok: true } | { ok: false; reason: Refusal };

const ALLOW: Decision = { ok: true };
const deny = (reason: Refusal): Decision => ({ ok: false, reason });

const WRITES: ReadonlySet<Action> = new Set([
  'plan.admin',
  'assessment.edit',
  'assessment.submit',
  'assessment.review',
  'actuals.edit',
  'actuals.import',
  'opinion.write',
  'compilation.edit',
]);

const ownsDepartment = (u: PolicyUser, t: Target) => t.departmentId != null && u.departmentIds.includes(t.departmentId);

/** Material a committee member may read: submitted or approved, never drafts. */
const isSubmittedMaterial = (t: Target) => t.status === 'submitted' || t.status === 'approved';

type Rule = (u: PolicyUser, t: Target) => boolean;

const isOwner: Rule = (u, t) => t.authorId === u.id;

/** The phases of a year the committee sees. */
const COMMITTEE_PHASES: ReadonlySet<PlanPhase> = new Set(['review', 'published']);

const RULES: Record<Action, Partial<Record<Role, Rule>>> = {
  // The committee sees a year once it is put to them (委員会評価) and once published: never a year
  // still being planned or whose figures are still being entered. No phase: reading in general.
  'plan.read': {
    admin: () => true,
    staff: () => true,
    manager: () => true,
    committee: (_u, t) => t.phase === undefined || COMMITTEE_PHASES.has(t.phase),
  },
  'plan.admin': { admin: () => true },
  'section.read': { admin: () => true, staff: () => true, manager: () => true, committee: () => true },
  'assessment.read': {
    admin: () => true,
    staff: () => true,
    manager: () => true,
    committee: (_u, t) => isSubmittedMaterial(t),
  },
  // The saved versions behind a self-assessment, drafts included: the organisation's own people.
  // The committee reads what was submitted (assessment.read), never the drafts before it.
  'assessment.history': { admin: () => true, staff: () => true, manager: () => true },
  'assessment.edit': {
    admin: (_u, t) => t.status !== 'submitted' && t.status !== 'approved',
    staff: (u, t) => ownsDepartment(u, t) && t.status !== 'submitted' && t.status !== 'approved',
  },
  'assessment.submit': {
    admin: (_u, t) => t.status !== 'submitted' && t.status !== 'approved',
    staff: (u, t) => ownsDepartment(u, t) && t.status !== 'submitted' && t.status !== 'approved',
  },
  'assessment.review': { admin: (_u, t) => t.status === 'submitted' },
  'actuals.edit': { admin: () => true, staff: (u, t) => ownsDepartment(u, t) },
  // A workbook of many indicators: each row is then checked against actuals.edit.
  'actuals.import': { admin: () => true, staff: () => true },
  'opinion.read': {
    admin: (_u, t) => t.opinionStatus === 'final',
    manager: (_u, t) => t.opinionStatus === 'final',
    staff: (u, t) => t.opinionStatus === 'final' && ownsDepartment(u, t),
    committee: (u, t) => t.opinionStatus === 'final' || t.authorId === u.id,
  },
  'opinion.write': { committee: (u, t) => t.authorId === undefined || t.authorId === u.id },
  'response.read': { admin: () => true, manager: () => true, committee: () => true, staff: (u, t) => ownsDepartment(u, t) },
  // Responses (対応方針) are follow-up work done after the year is published: not a write to the year.
  'response.write': { admin: () => true, staff: (u, t) => ownsDepartment(u, t) },
  'compilation.edit': { admin: () => true },
  'dashboard.read': { admin: () => true, staff: () => true, manager: () => true, committee: () => true },
  // Notes on charts (why a figure moved) are commentary beside the figures, allowed after publication too.
  'note.write': { admin: () => true, staff: (u, t) => ownsDepartment(u, t) },
  'note.delete': { admin: () => true, staff: (u, t) => ownsDepartment(u, t) && t.authorId === u.id },
  // The committee's reading room (material to review, opinions): members, and admin who runs it.
  'review.read': { admin: () => true, committee: () => true },
  'review.markRead': { committee: () => true },
  // Unlocking is the admin's way out of the published-year lock: not itself a write to the year.
  'plan.unlock': { admin: () => true },
  'session.end': { admin: () => true, staff: () => true, manager: () => true, committee: () => true },
  // One's own password: the target is the signed-in user (the loader loads no one else).
  'account.password': { admin: () => true, staff: () => true, manager: () => true, committee: () => true },
  'report.read': { admin: () => true, staff: () => true, manager: () => true, committee: () => true },
  'people.admin': { admin: () => true },
  'audit.read': { admin: () => true },
  // One's own notifications and mail settings: the target's authorId is their owner.
  'notification.own': { admin: isOwner, staff: isOwner, manager: isOwner, committee: isOwner },
  'reminder.send': { admin: () => true },
};

/** Members write opinions during the review (the only open phase they see). */
const OPINION_PHASES: ReadonlySet<PlanPhase | undefined> = new Set(['review', undefined]);

export function decide(user: PolicyUser | null, action: Action, target: Target = {}): Decision {
  if (!user) return deny('forbidden');
  if (action === 'opinion.write') return decideOpinionWrite(user, target);
  const rule = RULES[action][user.role];
  if (!rule || !rule(user, target)) {
    if (rule && (action === 'assessment.edit' || action === 'assessment.submit') && ownsOrAdmin(user, target)) {
      return deny('locked');
    }
    return deny('forbidden');
  }
  if (WRITES.has(action) && target.phase === 'published') return deny('published');
  return ALLOW;
}

/**
 * Another member's draft is private: not even its existence is confirmed. A final opinion and
 * a phase outside the writing window are locked; a published year is published.
 */
function decideOpinionWrite(user: PolicyUser, t: Target): Decision {
  const rule = RULES['opinion.write'][user.role];
  if (t.opinionStatus === 'draft' && t.authorId !== user.id) return deny('not_found');
  if (!rule?.(user, t)) return deny('forbidden');
  if (t.phase === 'published') return deny('published');
  if (!OPINION_PHASES.has(t.phase) || t.opinionStatus === 'final') return deny('locked');
  return ALLOW;
}

function ownsOrAdmin(u: PolicyUser, t: Target) {
  return u.role === 'admin' || ownsDepartment(u, t);
}

export function can(user: PolicyUser | null, action: Action, target: Target = {}): boolean {
  return decide(user, action, target).ok;
}

export const ACTIONS = Object.keys(RULES) as Action[];
