// The authorization matrix's expectations: who may call each server action and route handler,
// per state of the target record. Checked in, read by e2e/authz-matrix.spec.ts, which calls
// every cell directly (the action's HTTP POST, the route's GET/POST) against a server of its own.
//
// Derived from the product rules (lib/auth/policy.ts and each action's authorize() call, the
// route handlers' checks), not from observed behaviour: a cell that differs is a finding.
//
// One string per state, one letter per role, in this order:
//
//   anonymous   no session: a POST/GET without a cookie (the proxy sends it to /login) and one
//               with the signed token of a session that was logged out (the action itself refuses)
//   staffOwn    staff-hosho, staff of the department that owns the record (保証部門)
//   staffOther  staff-shien, staff of another department (経営支援部門)
//   committee   committee1 (a committee member; "own opinion" = written by committee1)
//   manager     manager (read-only)
//   admin       admin (企画部)
//
//   A = allowed (ok:true, the write happened; a route answers 200)
//   R = refused (an action answers ok:false with a refusal code, see REFUSAL_CODES; a route 401,
//       403, 404 or a redirect to /login), nothing written, and the action logged `action.refused`
//
// A new action in lib/actions or a new route handler fails the matrix until it has a row here.

export const MATRIX_ROLES = ['anonymous', 'staffOwn', 'staffOther', 'committee', 'manager', 'admin'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/** The demo login behind each role (anonymous has none). */
export const ROLE_LOGIN: Record<Exclude<MatrixRole, 'anonymous'>, string> = {
  staffOwn: 'staff-hosho',
  staffOther: 'staff-shien',
  committee: 'committee1',
  manager: 'manager',
  admin: 'admin',
};

/**
 * Error codes that mean "refused". A refusal for a record of another department or another
 * member's draft may be not_found (its existence is not confirmed). Anything else (invalid,
 * conflict, a 500) means the cell's fixture or input is wrong: the matrix fails on it loudly.
 */
export const REFUSAL_CODES = ['unauthenticated', 'forbidden', 'published', 'locked', 'not_found'] as const;

/** What each state name means (the fixture the spec creates for the cell). */
export const STATES = {
  any: 'no particular record state (organisation-wide data, a fresh row of its own)',
  valid: 'the caller signs in with its own valid credentials',
  wrongPassword: 'the caller signs in with a wrong password',
  session: 'the caller ends its own (fresh) session',
  open: 'the plan is being worked on (entry phase), record of staffOwn’s department',
  review: 'the plan is in the review phase',
  planning: 'the plan is still being planned (planning phase)',
  published: 'the plan is published (otherwise in the state the action accepts)',
  draft: 'self-assessment of staffOwn’s department, draft (entry phase)',
  submitted: 'self-assessment of staffOwn’s department, submitted (entry phase)',
  approved: 'self-assessment of staffOwn’s department, approved (entry phase)',
  new: 'a new opinion on staffOwn’s department (review phase)',
  newInEntry: 'a new opinion on staffOwn’s department while the year is in entry (the committee does not see it yet)',
  ownDraft: 'a draft opinion written by committee1 (review phase)',
  otherDraft: 'a draft opinion written by committee2 (review phase)',
  ownFinal: 'a final opinion written by committee1 (review phase)',
  finalOpinion: 'a final opinion on staffOwn’s department (entry phase)',
  draftOpinion: 'a draft opinion on staffOwn’s department (entry phase)',
  ownNote: 'a chart note written by staff-hosho on its department’s indicator',
  othersNote: 'a chart note written by admin on staffOwn’s department’s indicator',
  entryYear: 'FY2025 (entry phase)',
  publishedYear: 'FY2024 (published)',
} as const;
export type StateName = keyof typeof STATES;

export type ActionRow = {
  kind: 'action';
  states: Partial<Record<StateName, string>>;
  /** Extra error codes that mean "refused" for this row, with why. */
  alsoRefusal?: { code: string; when: string };
  /** When a refusal is not an `action.refused` line (authentication, not authorization). */
  refusalNotLogged?: string;
  note?: string;
};
export type RouteRow = { kind: 'route'; states: Partial<Record<StateName, string>>; note?: string };
export type FrameworkRow = { kind: 'framework'; reason: string };
export type Row = ActionRow | RouteRow | FrameworkRow;

const action = (states: ActionRow['states'], extra: Omit<ActionRow, 'kind' | 'states'> = {}): ActionRow => ({
  kind: 'action',
  states,
  ...extra,
});
const route = (states: RouteRow['states'], note?: string): RouteRow => ({ kind: 'route', states, note });

// Recurring rows.
const ADMIN_ONLY = 'R R R R R A';
const NOBODY = 'R R R R R R';
const EVERYONE_SIGNED_IN = 'R A A A A A';
const OWN_DEPT_AND_ADMIN = 'R A R R R A';
const COMMITTEE_ONLY = 'R R R A R R';
/** A year in entry: every signed-in role but the committee, who see a year from its review on. */
const SIGNED_IN_NOT_COMMITTEE = 'R A A R A A';
/** Any staff (scoped to their own indicators inside) and admin. */
const STAFF_AND_ADMIN = 'R A A R R A';
/** plan.admin on a plan: admin while it is open, nobody once published (the year's lock). */
const planAdmin = { open: ADMIN_ONLY, published: NOBODY };

//                                                        anonymous staffOwn staffOther committee manager admin
export const EXPECTATIONS: Record<string, Row> = {
  // ── actuals (actuals.edit: staff of the indicator's department, admin; not once published)
  'lib/actions/actuals.ts#saveIndicatorActuals': action({ open: OWN_DEPT_AND_ADMIN, published: NOBODY }),
  'lib/actions/actuals.ts#importActuals': action(
    { entryYear: OWN_DEPT_AND_ADMIN, publishedYear: NOBODY },
    { alsoRefusal: { code: 'invalid', when: 'every problem is not_yours: a row of another department is refused row by row' } },
  ),

  // ── plan structure (plan.admin)
  'lib/actions/admin-indicators.ts#saveIndicator': action(planAdmin),
  'lib/actions/admin-indicators.ts#deleteIndicator': action(planAdmin),
  'lib/actions/admin-indicators.ts#saveFinancialLine': action(planAdmin),
  'lib/actions/admin-indicators.ts#moveFinancialLine': action(planAdmin),
  'lib/actions/admin-indicators.ts#removeFinancialLine': action(planAdmin),
  'lib/actions/admin-sections.ts#addSection': action(planAdmin),
  'lib/actions/admin-sections.ts#updateSection': action(planAdmin),
  'lib/actions/admin-sections.ts#moveSection': action(planAdmin),
  'lib/actions/admin-sections.ts#renumberSections': action(planAdmin),
  'lib/actions/admin-sections.ts#deleteSection': action(planAdmin),
  'lib/actions/admin-sections.ts#restoreSection': action(planAdmin),
  'lib/actions/admin-tables.ts#saveTableSpec': action(planAdmin),
  'lib/actions/admin-plans.ts#createPlan': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-plans.ts#updatePlan': action(planAdmin),
  'lib/actions/admin-phases.ts#changePhase': action(planAdmin),
  'lib/actions/opinions.ts#setIndependentReview': action(planAdmin),
  // publishing: review → published; the way back (unlock) is the admin's, from published only
  'lib/actions/publish.ts#publishYear': action({ review: ADMIN_ONLY, published: NOBODY }),
  'lib/actions/publish.ts#unlockYear': action({ published: ADMIN_ONLY }),

  // ── organisation and people (people.admin)
  'lib/actions/admin-org.ts#saveDepartment': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-org.ts#moveDepartment': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-org.ts#removeDepartment': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-org.ts#saveCommitteeMember': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-org.ts#moveCommitteeMember': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-org.ts#removeCommitteeMember': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-organisation.ts#updateOrganisation': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-organisation.ts#updateRosterFormat': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-sentences.ts#updateFigureSentenceWording': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-people.ts#createUser': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-people.ts#updateUser': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-people.ts#resetPassword': action({ any: ADMIN_ONLY }),
  'lib/actions/admin-people.ts#deleteUser': action({ any: ADMIN_ONLY }),

  // ── self-assessment: edit/submit by staff of the section's department and admin until submitted;
  //    approve/return by admin, of a submitted one only; nothing once the year is published
  'lib/actions/assessments.ts#saveAssessment': action({
    draft: OWN_DEPT_AND_ADMIN,
    submitted: NOBODY,
    approved: NOBODY,
    published: NOBODY,
  }),
  'lib/actions/assessments.ts#submitAssessment': action({
    draft: OWN_DEPT_AND_ADMIN,
    submitted: NOBODY,
    approved: NOBODY,
    published: NOBODY,
  }),
  'lib/actions/assessments.ts#restoreRevision': action({
    draft: OWN_DEPT_AND_ADMIN,
    submitted: NOBODY,
    approved: NOBODY,
    published: NOBODY,
  }),
  'lib/actions/assessments.ts#approveAssessment': action({ draft: NOBODY, submitted: ADMIN_ONLY, approved: NOBODY, published: NOBODY }),
  'lib/actions/assessments.ts#returnAssessment': action({ draft: NOBODY, submitted: ADMIN_ONLY, approved: NOBODY, published: NOBODY }),

  // ── committee opinions: written by members in the review phase; a draft is its author's alone
  'lib/actions/opinions.ts#saveOpinion': action({
    new: COMMITTEE_ONLY,
    newInEntry: NOBODY,
    ownDraft: COMMITTEE_ONLY,
    otherDraft: NOBODY,
    ownFinal: NOBODY,
    planning: NOBODY,
    published: NOBODY,
  }),
  'lib/actions/opinions.ts#finalizeOpinion': action({ ownDraft: COMMITTEE_ONLY, otherDraft: NOBODY, ownFinal: NOBODY, published: NOBODY }),
  'lib/actions/opinions.ts#deleteOpinion': action({ ownDraft: COMMITTEE_ONLY, otherDraft: NOBODY, ownFinal: NOBODY, published: NOBODY }),
  // what a member has read is the member's own bookkeeping, also in a published year
  'lib/actions/opinions.ts#markSectionsReadAction': action({ submitted: COMMITTEE_ONLY, published: COMMITTEE_ONLY }),
  // 対応方針: the department (or admin) answers final opinions, also after publication
  'lib/actions/responses.ts#saveResponse': action({
    finalOpinion: OWN_DEPT_AND_ADMIN,
    draftOpinion: NOBODY,
    published: OWN_DEPT_AND_ADMIN,
  }),

  // ── section 6 compiled by admin (compilation.edit)
  'lib/actions/compilation.ts#generateCompilation': action({ review: ADMIN_ONLY, published: NOBODY }),
  'lib/actions/compilation.ts#saveCompilation': action({ review: ADMIN_ONLY, published: NOBODY }),
  'lib/actions/compilation.ts#reorderCompilation': action({ review: ADMIN_ONLY, published: NOBODY }),

  // ── chart notes (note.write): commentary, so also in a published year; deleting: author or admin
  'lib/actions/notes.ts#addNote': action({ open: OWN_DEPT_AND_ADMIN, published: OWN_DEPT_AND_ADMIN }),
  'lib/actions/notes.ts#deleteNote': action({ ownNote: OWN_DEPT_AND_ADMIN, othersNote: ADMIN_ONLY, published: OWN_DEPT_AND_ADMIN }),

  // ── signing in and out
  'lib/actions/auth.ts#login': action(
    { valid: 'A A A A A A', wrongPassword: NOBODY },
    {
      alsoRefusal: { code: 'credentials', when: 'a wrong password' },
      note: 'public (no session needed); anonymous calls it without any cookie',
    },
  ),
  'lib/actions/auth.ts#logout': action({ session: EVERYONE_SIGNED_IN }),
  // After the login and logout rows: the allowed cells change the demo users' passwords.
  'lib/actions/account.ts#changePassword': action({ any: EVERYONE_SIGNED_IN }, { note: 'one’s own password (the current one is asked)' }),

  // ── one's own notifications and mail settings (notification.own: every signed-in user, own rows only)
  'lib/actions/notifications.ts#markRead': action({ any: EVERYONE_SIGNED_IN }),
  'lib/actions/notifications.ts#saveMailSettings': action({ any: EVERYONE_SIGNED_IN }),

  // 督促 (reminder.send): admin, in the entry and review phases, to those who still owe work
  'lib/actions/reminders.ts#sendReminder': action({ open: ADMIN_ONLY }),

  // ── route handlers
  'GET /years/[year]/report.pdf': route(
    { entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN },
    'report.read; a draft year renders a 案 PDF',
  ),
  'GET /years/[year]/report.csv': route({ entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN }, 'report.read'),
  'GET /years/[year]/report.xlsx': route({ entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN }, 'report.read'),
  'GET /years/[year]/workbook.xlsx': route(
    { entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN },
    'report.read; rows each reader may read (narratives per assessment.read, final opinions per opinion.read)',
  ),
  'GET /years/[year]/report.docx': route(
    { entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN },
    'report.read; narratives per assessment.read, as the HTML report',
  ),
  'GET /api/years/[year]/dashboard': route({ entryYear: SIGNED_IN_NOT_COMMITTEE, publishedYear: EVERYONE_SIGNED_IN }, 'dashboard.read'),
  'GET /api/sections/[id]/revisions': route(
    { draft: SIGNED_IN_NOT_COMMITTEE, submitted: SIGNED_IN_NOT_COMMITTEE, published: SIGNED_IN_NOT_COMMITTEE },
    'assessment.history: the texts of saved versions, drafts included; never the committee',
  ),
  'GET /api/years/[year]/actuals/csv': route(
    { entryYear: STAFF_AND_ADMIN, publishedYear: STAFF_AND_ADMIN },
    'staff (their own indicators) and admin',
  ),
  'GET /api/years/[year]/actuals/template': route(
    { entryYear: STAFF_AND_ADMIN, publishedYear: STAFF_AND_ADMIN },
    'staff (their own indicators) and admin',
  ),
  'POST /api/years/[year]/actuals/upload': route(
    { entryYear: STAFF_AND_ADMIN, publishedYear: STAFF_AND_ADMIN },
    'reads a workbook, writes nothing: staff and admin',
  ),
  'GET /admin/audit/export.csv': route({ any: ADMIN_ONLY }, 'audit.read: the filtered audit log'),
  'GET /admin/backup/download': route({ any: ADMIN_ONLY }, 'people.admin: the file holds everyone’s data'),
  'GET /admin/plans/[id]/template.json': route({ any: ADMIN_ONLY }, 'plan.admin: the outline of a plan, as a template file'),
  'GET /api/health': route({ any: 'A A A A A A' }, 'liveness, public'),
  'GET /api/debug/queries': route(
    { any: NOBODY },
    'the benchmark’s counter: 404 unless the server runs with HYOKA_COUNT_QUERIES=1 (this one does not)',
  ),
  'GET,POST /api/auth/[...nextauth]': {
    kind: 'framework',
    reason: 'Auth.js’s own endpoints (CSRF token, session, sign-in callback); sign-in is covered by the login action row',
  },
};

/** 'R A R R R A' → { anonymous: 'refuse', staffOwn: 'allow', … }. */
export function parseCells(spec: string): Record<MatrixRole, 'allow' | 'refuse'> {
  const letters = spec.trim().split(/\s+/);
  if (letters.length !== MATRIX_ROLES.length || letters.some((l) => l !== 'A' && l !== 'R'))
    throw new Error(`bad expectation "${spec}": want ${MATRIX_ROLES.length} letters A/R`);
  return Object.fromEntries(MATRIX_ROLES.map((r, i) => [r, letters[i] === 'A' ? 'allow' : 'refuse'])) as Record<
    MatrixRole,
    'allow' | 'refuse'
  >;
}
