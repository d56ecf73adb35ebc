// Whether a row belongs to an organisation, checked where a write is made. Every action loads its
// target scoped by the user's organisation first; the writes check again, so that a write keyed
// by a bare id can never land in another organisation's data, whatever its caller.
import { sql } from 'drizzle-orm';
import type { Db } from '../open';

/** Thrown by a write given a row of another organisation: a programming error, never user input. */
export class NotInOrganisation extends Error {
  constructor(what: string, id: number) {
    super(`${what} ${id} is not in the organisation of the write`);
  }
}

export function assertSectionInOrganisation(db: Db, sectionId: number, organisationId: number): void {
  const row = db.get<{ ok: number }>(
    sql`select exists (select 1 from sections s join plans p on p.id = s.plan_id where s.id = ${sectionId} and p.organisation_id = ${organisationId}) as ok`,
  );
  if (!row?.ok) throw new NotInOrganisation('section', sectionId);
}

export function assertIndicatorInOrganisation(db: Db, indicatorId: number, organisationId: number): void {
  const row = db.get<{ ok: number }>(
    sql`select exists (select 1 from indicators i join plans p on p.id = i.plan_id where i.id = ${indicatorId} and p.organisation_id = ${organisationId}) as ok`,
  );
  if (!row?.ok) throw new NotInOrganisation('indicator', indicatorId);
}

export function assertAssessmentInOrganisation(db: Db, assessmentId: number, organisationId: number): void {
  const row = db.get<{ ok: number }>(
    sql`select exists (select 1 from self_assessments a join sections s on s.id = a.section_id join plans p on p.id = s.plan_id
      where a.id = ${assessmentId} and p.organisation_id = ${organisationId}) as ok`,
  );
  if (!row?.ok) throw new NotInOrganisation('self-assessment', assessmentId);
}
