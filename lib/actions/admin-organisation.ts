'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getOrganisationSettings, updateOrganisationSettings } from '@/db/queries/admin-organisation';
import { HEADING_PLAN_MAX, headingPlanProblem } from '@/lib/domain/heading-plan';
import { DISPLAY_UNITS } from '@/lib/domain/units';
import { name, version } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

const settings = z
  .object({
    version,
    name: name(100),
    shortName: name(40),
    selfName: name(20),
    displayUnit: z.enum(DISPLAY_UNITS),
    eraStyle: z.enum(['wareki', 'seireki', 'both']),
    headingDigits: z.enum(['full', 'half']),
    headingPlan: z
      .string()
      .max(HEADING_PLAN_MAX)
      .refine((s) => headingPlanProblem(s) === null, { message: 'needsPlan' }),
  })
  .strict();

/** Names, default display unit, year style and heading digits: the header, cover and tokens follow them. */
export const updateOrganisation = defineAction(
  'admin.organisation.update',
  settings,
  { action: 'people.admin', load: ({ tx, user }) => getOrganisationSettings(tx, user.organisationId), target: () => ({}) },
  ({ tx, user, input, target: before, audit }) => {
    const { version: base, ...values } = input;
    if (updateOrganisationSettings(tx, user.organisationId, base, values) === 0) throw new ActionFailure('conflict');
    const { id: _id, version: _v, rosterFormat: _r, ...old } = before;
    audit({ action: 'organisation.update', entityType: 'organisation', entityId: user.organisationId, before: old, after: values });
    return { version: base + 1 };
  },
  { after: () => revalidatePath('/', 'layout') },
);

const template = (max: number) => z.string().max(max);

/** The roster's format: member template, separator, and the words around it ({members}). */
export const updateRosterFormat = defineAction(
  'admin.organisation.roster',
  z
    .object({
      version,
      member: template(100).refine((s) => s.includes('{name}'), { message: 'needsName' }),
      separator: template(10),
      wrapper: template(200).refine((s) => s.includes('{members}'), { message: 'needsMembers' }),
    })
    .strict(),
  { action: 'people.admin', load: ({ tx, user }) => getOrganisationSettings(tx, user.organisationId), target: () => ({}) },
  ({ tx, user, input, target: before, audit }) => {
    const { version: base, ...format } = input;
    if (updateOrganisationSettings(tx, user.organisationId, base, { rosterFormat: format }) === 0) throw new ActionFailure('conflict');
    audit({
      action: 'organisation.roster',
      entityType: 'organisation',
      entityId: user.organisationId,
      before: before.rosterFormat,
      after: format,
    });
    return { version: base + 1 };
  },
  { after: () => revalidatePath('/admin/committee') },
);
