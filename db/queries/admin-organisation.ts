// The organisation's own settings (names, display unit, year style, heading digits, roster format).
import { and, eq, sql } from 'drizzle-orm';
import { committeeMembers, organisations } from '@/db/schema';
import type { RosterFormat } from '@/lib/domain/roster';
import { narrativeTokenValues, type TokenValues } from '@/lib/domain/tokens';
import type { DisplayUnit, EraStyle, HeadingDigits } from '@/lib/domain/types';
import type { Db } from '../open';
import { preparedPer } from '../prepared';

export type OrganisationSettings = {
  name: string;
  shortName: string;
  selfName: string;
  displayUnit: DisplayUnit;
  eraStyle: EraStyle;
  headingDigits: HeadingDigits;
  /** After an amount section's heading in an annual report (lib/domain/heading-plan.ts); null = the default. */
  headingPlan: string | null;
};

const organisationSettings = preparedPer((db) =>
  db
    .select({
      id: organisations.id,
      version: organisations.version,
      name: organisations.name,
      shortName: organisations.shortName,
      selfName: organisations.selfName,
      displayUnit: organisations.displayUnit,
      eraStyle: organisations.eraStyle,
      headingDigits: organisations.headingDigits,
      headingPlan: organisations.headingPlan,
      rosterFormat: organisations.rosterFormat,
    })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('organisationId')))
    .prepare(),
);

export function getOrganisationSettings(db: Db, organisationId: number) {
  return organisationSettings(db).get({ organisationId }) ?? null;
}

/** 0 when the row is not at `version` any more (someone saved first). */
export function updateOrganisationSettings(
  db: Db,
  organisationId: number,
  version: number,
  values: Partial<OrganisationSettings> & { rosterFormat?: RosterFormat | null },
): number {
  return db
    .update(organisations)
    .set({ ...values, version: sql`${organisations.version} + 1` })
    .where(and(eq(organisations.id, organisationId), eq(organisations.version, version)))
    .run().changes;
}

/** What the narrative tokens need: the organisation's names, year style and roster format, and the committee. */
const committeeRoster = preparedPer((db) =>
  db
    .select({ name: committeeMembers.name, affiliation: committeeMembers.affiliation, title: committeeMembers.title })
    .from(committeeMembers)
    .where(eq(committeeMembers.organisationId, sql.placeholder('organisationId')))
    .orderBy(committeeMembers.sortOrder, committeeMembers.id)
    .prepare(),
);

export function getTokenSources(db: Db, organisationId: number) {
  const org = getOrganisationSettings(db, organisationId);
  const committee = committeeRoster(db).all({ organisationId });
  return org ? { org, committee } : null;
}

/**
 * What {{organisation}}, {{committee}} … stand for in the organisation's plans: one read of its
 * settings and committee, then the values of any plan (its years); null without its settings.
 */
export function narrativeTokensFor(db: Db, organisationId: number): ((plan: { startYear: number; endYear: number }) => TokenValues) | null {
  const sources = getTokenSources(db, organisationId);
  return sources ? (plan) => narrativeTokenValues(sources.org, sources.committee, plan) : null;
}
