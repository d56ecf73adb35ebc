// Who hears of what. Each event names the record it is about; the recipients are the users the
// policy lets read that record (lib/auth/policy.ts), narrowed to those the event concerns. A
// committee member's draft is never an event: only finalising an opinion notifies anybody.
import type { Recipient } from '@/db/queries/notifications';
import { can } from '@/lib/auth/policy';
import type { PlanPhase } from '@/lib/domain/types';

export type NotifyEvent =
  | { kind: 'submitted' | 'approved'; sectionId: number }
  | { kind: 'returned'; sectionId: number; reason: string }
  | { kind: 'opinionFinalized' | 'responseWritten'; opinionId: number }
  | { kind: 'phaseChanged'; planId: number; year: number; from: PlanPhase; to: PlanPhase };

export type NotificationKind = NotifyEvent['kind'] | 'deadline' | 'reminder';

/** The record an event is about, loaded by the emitter. */
export type Subject = {
  year: number;
  planId: number;
  departmentId: number | null;
  /** An opinion's author (response events go to the member who wrote it). */
  authorId?: number;
};

/** Does `r` hear of `event` on `s`? The policy first, then who the event concerns. */
export function concerns(r: Recipient, event: NotifyEvent, s: Subject): boolean {
  const dept = { departmentId: s.departmentId };
  switch (event.kind) {
    case 'submitted':
      // whoever may approve or return it: the planning department
      return can(r, 'assessment.review', { ...dept, status: 'submitted' });
    case 'returned':
    case 'approved':
      // the department's staff, who edit it (admin is the one who acted)
      return r.role === 'staff' && can(r, 'assessment.edit', { ...dept, status: 'returned' });
    case 'opinionFinalized':
      // the planning department and the department concerned; read access to a final opinion
      return (r.role === 'admin' || r.role === 'staff') && can(r, 'opinion.read', { ...dept, opinionStatus: 'final' });
    case 'responseWritten':
      return r.id === s.authorId && can(r, 'response.read', dept);
    case 'phaseChanged':
      return can(r, 'plan.read') && PHASE_AUDIENCE[event.to].includes(r.role);
  }
}

/** Who a phase change concerns: those whose work the new phase opens. */
const PHASE_AUDIENCE: Record<PlanPhase, readonly Recipient['role'][]> = {
  planning: ['staff'],
  entry: ['staff'],
  review: ['staff', 'committee'],
  published: ['staff', 'committee', 'manager'],
};

/** Where the recipient acts on it. */
export function linkFor(kind: NotificationKind, role: Recipient['role'], p: { year: number; sectionId?: number; which?: string }): string {
  const y = `/years/${p.year}`;
  switch (kind) {
    case 'submitted':
    case 'returned':
    case 'approved':
      return `${y}/sections/${p.sectionId}`;
    case 'opinionFinalized':
      return role === 'admin' ? `${y}/opinions` : `${y}/opinions/responses`;
    case 'responseWritten':
      return `${y}/review`;
    case 'phaseChanged':
    case 'deadline':
    case 'reminder':
      if (role === 'committee') return `${y}/review`;
      if (role === 'staff') return `${y}/sections`;
      return y;
  }
}
