import { describe, expect, it } from 'vitest';
import type { AssessmentStatus, PlanPhase } from '@/lib/domain/types';
import { ACTIONS, type Action, decide, type PolicyUser, type Target } from './policy';

const OWN = 10;
const OTHER = 20;
const users: Record<string, PolicyUser> = {
  admin: { id: 1, role: 'admin', departmentIds: [1] },
  staffOwn: { id: 2, role: 'staff', departmentIds: [OWN] },
  staffOther: { id: 3, role: 'staff', departmentIds: [OTHER] },
  committee: { id: 4, role: 'committee', departmentIds: [] },
  committee2: { id: 5, role: 'committee', departmentIds: [] },
  manager: { id: 6, role: 'manager', departmentIds: [] },
};
type Who = keyof typeof users | 'anonymous';
const WHO: Who[] = ['anonymous', 'admin', 'staffOwn', 'staffOther', 'committee', 'manager'];

const outcome = (who: Who, action: Action, target: Target) => {
  const d = decide(who === 'anonymous' ? null : users[who]!, action, target);
  return d.ok ? 'allow' : d.reason;
};

// The expectation table: action × state → who is allowed. Everything not listed is refused.
const statuses: (AssessmentStatus | undefined)[] = [undefined, 'draft', 'submitted', 'returned', 'approved'];
const phases: PlanPhase[] = ['entry', 'review', 'published'];

describe('policy matrix', () => {
  it('covers every action', () => {
    expect(ACTIONS.sort()).toEqual(
      [
        'plan.read',
        'plan.admin',
        'section.read',
        'assessment.read',
        'assessment.history',
        'assessment.edit',
        'assessment.submit',
        'assessment.review',
        'actuals.edit',
        'actuals.import',
        'opinion.read',
        'opinion.write',
        'response.read',
        'response.write',
        'compilation.edit',
        'dashboard.read',
        'note.write',
        'note.delete',
        'review.read',
        'review.markRead',
        'plan.unlock',
        'session.end',
        'account.password',
        'report.read',
        'people.admin',
        'audit.read',
        'notification.own',
        'reminder.send',
      ].sort(),
    );
  });

  it('notifications and mail settings: their owner only, in every role; reminders: admin', () => {
    for (const who of WHO) {
      const self = who === 'anonymous' ? 0 : users[who]!.id;
      expect(outcome(who, 'notification.own', { authorId: self })).toBe(who === 'anonymous' ? 'forbidden' : 'allow');
      expect(outcome(who, 'notification.own', { authorId: 999 })).toBe('forbidden');
      expect(outcome(who, 'reminder.send', {})).toBe(who === 'admin' ? 'allow' : 'forbidden');
    }
  });

  it('anonymous is refused everything', () => {
    for (const a of ACTIONS) expect(outcome('anonymous', a, {})).toBe('forbidden');
  });

  it('self-assessment editing: owning staff and admin, never after submit, never when published', () => {
    let cells = 0;
    for (const phase of phases)
      for (const status of statuses)
        for (const who of WHO) {
          const target = { phase, status, departmentId: OWN };
          const got = outcome(who, 'assessment.edit', target);
          const editableStatus = status !== 'submitted' && status !== 'approved';
          const writer = who === 'admin' || who === 'staffOwn';
          let want: string;
          if (!writer) want = 'forbidden';
          else if (!editableStatus) want = 'locked';
          else if (phase === 'published') want = 'published';
          else want = 'allow';
          expect(got, `${who} ${phase} ${status}`).toBe(want);
          expect(outcome(who, 'assessment.submit', target), `${who} submit ${phase} ${status}`).toBe(want);
          cells += 2;
        }
    expect(cells).toBe(phases.length * statuses.length * WHO.length * 2);
  });

  it('committee reads only submitted or approved material; others read all', () => {
    for (const status of statuses)
      for (const who of WHO) {
        const got = outcome(who, 'assessment.read', { status, departmentId: OWN });
        const want =
          who === 'anonymous'
            ? 'forbidden'
            : who === 'committee'
              ? status === 'submitted' || status === 'approved'
                ? 'allow'
                : 'forbidden'
              : 'allow';
        expect(got, `${who} ${status}`).toBe(want);
      }
  });

  it('the saved versions (drafts included): every signed-in role but the committee, in every state', () => {
    for (const phase of phases)
      for (const status of statuses)
        for (const who of WHO) {
          const got = outcome(who, 'assessment.history', { phase, status, departmentId: OWN });
          expect(got, `${who} ${phase} ${status}`).toBe(who === 'anonymous' || who === 'committee' ? 'forbidden' : 'allow');
        }
  });

  it('only admin approves or returns, and only submitted sections', () => {
    for (const status of statuses)
      for (const who of WHO) {
        const got = outcome(who, 'assessment.review', { status, phase: 'entry' });
        expect(got, `${who} ${status}`).toBe(who === 'admin' && status === 'submitted' ? 'allow' : 'forbidden');
      }
    expect(outcome('admin', 'assessment.review', { status: 'submitted', phase: 'published' })).toBe('published');
  });

  it('opinions: drafts are private to their author; final ones are read by all, staff only for their departments', () => {
    const own = { authorId: users.committee!.id, departmentId: OWN };
    expect(outcome('committee', 'opinion.read', { ...own, opinionStatus: 'draft' })).toBe('allow');
    const other = decide(users.committee2!, 'opinion.read', { ...own, opinionStatus: 'draft' });
    expect(other.ok).toBe(false);
    expect(outcome('admin', 'opinion.read', { ...own, opinionStatus: 'draft' })).toBe('forbidden');
    expect(outcome('manager', 'opinion.read', { ...own, opinionStatus: 'draft' })).toBe('forbidden');
    expect(outcome('staffOwn', 'opinion.read', { ...own, opinionStatus: 'draft' })).toBe('forbidden');
    for (const who of ['admin', 'staffOwn', 'committee', 'manager'] as const) {
      expect(outcome(who, 'opinion.read', { ...own, opinionStatus: 'final' }), who).toBe('allow');
    }
    expect(outcome('staffOther', 'opinion.read', { ...own, opinionStatus: 'final' })).toBe('forbidden');
  });

  it('opinions are written only by their committee author, never when published', () => {
    for (const who of WHO) {
      const got = outcome(who, 'opinion.write', { authorId: users.committee!.id, phase: 'review' });
      expect(got, who).toBe(who === 'committee' ? 'allow' : 'forbidden');
    }
    expect(decide(users.committee2!, 'opinion.write', { authorId: users.committee!.id, phase: 'review' }).ok).toBe(false);
    expect(outcome('committee', 'opinion.write', { authorId: users.committee!.id, phase: 'published' })).toBe('published');
    expect(outcome('committee', 'opinion.write', { phase: 'review' })).toBe('allow');
  });

  it('opinions: written in review only; a final one is locked; another member’s draft is not confirmed', () => {
    const mine = { authorId: users.committee!.id, opinionStatus: 'draft' as const };
    const want: Record<PlanPhase | 'planning', string> = { planning: 'locked', entry: 'locked', review: 'allow', published: 'published' };
    for (const phase of ['planning', ...phases] as PlanPhase[]) {
      expect(outcome('committee', 'opinion.write', { ...mine, phase }), phase).toBe(want[phase]);
      expect(outcome('committee', 'opinion.write', { phase }), `new ${phase}`).toBe(want[phase]);
    }
    expect(outcome('committee', 'opinion.write', { ...mine, opinionStatus: 'final', phase: 'entry' })).toBe('locked');
    for (const who of WHO) {
      const got = outcome(who, 'opinion.write', { authorId: users.committee2!.id, opinionStatus: 'draft', phase: 'entry' });
      expect(got, who).toBe(who === 'anonymous' ? 'forbidden' : 'not_found');
    }
    expect(outcome('committee', 'opinion.write', { authorId: users.committee2!.id, opinionStatus: 'final', phase: 'entry' })).toBe(
      'forbidden',
    );
  });

  it('notes are deleted by their author (staff of the department) or admin, in any phase', () => {
    for (const phase of phases)
      for (const who of WHO) {
        const own = outcome(who, 'note.delete', { departmentId: OWN, phase, authorId: users.staffOwn!.id });
        expect(own, `${who} own ${phase}`).toBe(who === 'admin' || who === 'staffOwn' ? 'allow' : 'forbidden');
        const others = outcome(who, 'note.delete', { departmentId: OWN, phase, authorId: users.admin!.id });
        expect(others, `${who} others ${phase}`).toBe(who === 'admin' ? 'allow' : 'forbidden');
      }
  });

  it('actuals import: staff and admin until published (rows are checked one by one against actuals.edit)', () => {
    for (const phase of phases)
      for (const who of WHO) {
        const got = outcome(who, 'actuals.import', { phase });
        const want =
          who === 'admin' || who === 'staffOwn' || who === 'staffOther' ? (phase === 'published' ? 'published' : 'allow') : 'forbidden';
        expect(got, `${who} ${phase}`).toBe(want);
      }
  });

  it('the review room: committee and admin read; only members record what they read', () => {
    for (const who of WHO) {
      expect(outcome(who, 'review.read', {}), who).toBe(who === 'admin' || who === 'committee' ? 'allow' : 'forbidden');
      expect(outcome(who, 'review.markRead', { phase: 'published' }), who).toBe(who === 'committee' ? 'allow' : 'forbidden');
    }
  });

  it('responses: staff of the department and admin', () => {
    for (const who of WHO) {
      const got = outcome(who, 'response.write', { departmentId: OWN, phase: 'published' });
      expect(got, who).toBe(who === 'admin' || who === 'staffOwn' ? 'allow' : 'forbidden');
    }
  });

  it("notes on charts: staff of the indicator's department and admin, in any phase", () => {
    for (const phase of phases)
      for (const who of WHO) {
        const got = outcome(who, 'note.write', { departmentId: OWN, phase });
        expect(got, `${who} ${phase}`).toBe(who === 'admin' || who === 'staffOwn' ? 'allow' : 'forbidden');
      }
  });

  it('actuals: owning staff and admin until published; managers never write', () => {
    for (const phase of phases)
      for (const who of WHO) {
        const got = outcome(who, 'actuals.edit', { departmentId: OWN, phase });
        const want = who === 'admin' || who === 'staffOwn' ? (phase === 'published' ? 'published' : 'allow') : 'forbidden';
        expect(got, `${who} ${phase}`).toBe(want);
      }
  });

  it('administration is admin only', () => {
    for (const a of ['plan.admin', 'people.admin', 'audit.read', 'compilation.edit', 'plan.unlock'] as const)
      for (const who of WHO) expect(outcome(who, a, { phase: 'entry' }), `${who} ${a}`).toBe(who === 'admin' ? 'allow' : 'forbidden');
    expect(outcome('admin', 'plan.admin', { phase: 'published' })).toBe('published');
    expect(outcome('admin', 'plan.unlock', { phase: 'published' })).toBe('allow');
  });

  it('managers can read everything and write nothing', () => {
    const writes: Action[] = [
      'plan.admin',
      'assessment.edit',
      'assessment.submit',
      'assessment.review',
      'actuals.edit',
      'opinion.write',
      'response.write',
      'compilation.edit',
      'people.admin',
      'note.write',
      'note.delete',
      'actuals.import',
      'review.markRead',
      'plan.unlock',
    ];
    for (const a of writes) expect(outcome('manager', a, { phase: 'entry', departmentId: OWN, status: 'draft' }), a).not.toBe('allow');
    for (const a of ['plan.read', 'section.read', 'dashboard.read', 'report.read', 'session.end', 'account.password'] as const)
      expect(outcome('manager', a, {})).toBe('allow');
  });

  it('the committee sees a year in review or published only, not one in planning or entry; everyone else does', () => {
    for (const phase of ['planning', 'entry'] as const) expect(outcome('committee', 'plan.read', { phase }), phase).toBe('forbidden');
    for (const phase of ['review', 'published'] as const) expect(outcome('committee', 'plan.read', { phase }), phase).toBe('allow');
    for (const who of ['admin', 'staffOwn', 'manager'] as const)
      for (const phase of ['planning', 'entry'] as const) expect(outcome(who, 'plan.read', { phase }), `${who} ${phase}`).toBe('allow');
  });
});
