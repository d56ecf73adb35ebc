// The organisation a write by id is confined to. A write names its row by id AND by the
// organisation of the signed-in user: a wrong or forged id then changes nothing instead of
// another organisation's row (the target was already loaded scoped; this is the second lock).
import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/** `<planId column> in (the organisation's plans)`. */
export const inOrganisationPlans = (planId: SQLiteColumn, organisationId: number): SQL =>
  sql`${planId} in (select id from plans where organisation_id = ${organisationId})`;

/** `<indicatorId column> in (the indicators of the organisation's plans)`. */
export const inOrganisationIndicators = (indicatorId: SQLiteColumn, organisationId: number): SQL =>
  sql`${indicatorId} in (select i.id from indicators i join plans p on p.id = i.plan_id where p.organisation_id = ${organisationId})`;
