'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getPlanForAdmin } from '@/db/queries/admin-plans';
import {
  departmentInOrganisation,
  getSectionForAdmin,
  insertSection,
  listLiveSiblings,
  listOutlineRows,
  placeSection,
  restoreSections,
  sectionNumberTaken,
  sectionsHaveContent,
  setSectionNumbers,
  softDeleteSections,
  subtreeIds,
  updateSectionFields,
} from '@/db/queries/admin-sections';
import type { Db } from '@/db/open';
import { getOrganisationSettings } from '@/db/queries/admin-organisation';
import { NUMBERING_STYLES } from '@/lib/domain/types';
import { id, LIMITS, name, SECTION_KINDS } from '@/lib/plans/validation';
import { renumberOutline } from '@/lib/plans/renumber';
import { ActionFailure, defineAction, type LoadContext } from './wrapper';

const fields = {
  number: z.string().trim().max(LIMITS.sectionNumber),
  /** This section's own number style for renumbering; null = its level's style in the plan. */
  numberStyle: z.enum(NUMBERING_STYLES).nullable().optional(),
  title: name(LIMITS.title),
  kind: z.enum(SECTION_KINDS),
  departmentId: id.nullable(),
};
const after = () => revalidatePath('/admin/plans', 'layout');

type Load<I> = LoadContext<I>;

/** A section of the organisation's plans, deleted or not, asked as plan.admin in its plan's phase. */
const anySection = {
  action: 'plan.admin' as const,
  load: ({ tx, user, input }: Load<{ sectionId: number }>) => getSectionForAdmin(tx, user.organisationId, input.sectionId),
};
/** A section that is not deleted. */
const liveSection = {
  ...anySection,
  load: (ctx: Load<{ sectionId: number }>) => {
    const s = anySection.load(ctx);
    return s && !s.deletedAt ? s : null;
  },
};
const plan = {
  action: 'plan.admin' as const,
  load: ({ tx, user, input }: Load<{ planId: number }>) => getPlanForAdmin(tx, user.organisationId, input.planId),
};

function checkDepartment(tx: Db, organisationId: number, departmentId: number | null) {
  if (departmentId !== null && !departmentInOrganisation(tx, organisationId, departmentId))
    throw new ActionFailure('not_found', { reason: 'departmentMissing' });
}

const duplicateNumber = () => new ActionFailure('conflict', { reason: 'duplicateNumber', field: 'number' });

export const addSection = defineAction(
  'admin.section.add',
  z.object({ planId: id, parentId: id.nullable(), ...fields }).strict(),
  plan,
  ({ tx, user, input, target: plan, audit }) => {
    if (input.parentId !== null) {
      const parent = getSectionForAdmin(tx, user.organisationId, input.parentId);
      if (!parent || parent.planId !== plan.id || parent.deletedAt) throw new ActionFailure('not_found');
    }
    checkDepartment(tx, user.organisationId, input.departmentId);
    if (sectionNumberTaken(tx, plan.id, input.parentId, input.number)) throw duplicateNumber();
    const siblings = listLiveSiblings(tx, plan.id, input.parentId);
    const sortOrder = (siblings.at(-1)?.sortOrder ?? -1) + 1;
    const values = {
      planId: plan.id,
      parentId: input.parentId,
      key: `custom.${randomUUID().slice(0, 12)}`,
      number: input.number,
      numberStyle: input.numberStyle ?? null,
      title: input.title,
      kind: input.kind,
      departmentId: input.departmentId,
      sortOrder,
    };
    const sectionId = insertSection(tx, values);
    audit({ action: 'section.create', entityType: 'section', entityId: sectionId, after: values });
    return { id: sectionId };
  },
  { after },
);

export const updateSection = defineAction(
  'admin.section.update',
  z.object({ sectionId: id, ...fields }).strict(),
  liveSection,
  ({ tx, user, input, target: s, audit }) => {
    checkDepartment(tx, user.organisationId, input.departmentId);
    if (sectionNumberTaken(tx, s.planId, s.parentId, input.number, s.id)) throw duplicateNumber();
    const values = {
      number: input.number,
      numberStyle: input.numberStyle === undefined ? s.numberStyle : input.numberStyle,
      title: input.title,
      kind: input.kind,
      departmentId: input.departmentId,
    };
    updateSectionFields(tx, user.organisationId, s.id, values);
    audit({
      action: 'section.update',
      entityType: 'section',
      entityId: s.id,
      before: { number: s.number, numberStyle: s.numberStyle, title: s.title, kind: s.kind, departmentId: s.departmentId },
      after: values,
    });
    return { id: s.id };
  },
  { after },
);

/** Keyboard-friendly moves: up/down among siblings, indent under the previous sibling, outdent after the parent. */
export const moveSection = defineAction(
  'admin.section.move',
  z.object({ sectionId: id, move: z.enum(['up', 'down', 'indent', 'outdent']) }).strict(),
  liveSection,
  ({ tx, user, input, target: s, audit }) => {
    const ids = listLiveSiblings(tx, s.planId, s.parentId).map((r) => r.id);
    const at = ids.indexOf(s.id);
    const cannot = () => new ActionFailure('invalid', { reason: 'cannotMove' });
    let parentId = s.parentId;
    let order: number[];
    if (input.move === 'up' || input.move === 'down') {
      const to = input.move === 'up' ? at - 1 : at + 1;
      if (to < 0 || to >= ids.length) throw cannot();
      order = [...ids];
      [order[at], order[to]] = [order[to]!, order[at]!];
    } else if (input.move === 'indent') {
      const prev = ids[at - 1];
      if (prev === undefined) throw cannot();
      parentId = prev;
      order = [...listLiveSiblings(tx, s.planId, prev).map((r) => r.id), s.id];
    } else {
      if (s.parentId === null) throw cannot();
      const parent = getSectionForAdmin(tx, user.organisationId, s.parentId)!;
      parentId = parent.parentId;
      const outer = listLiveSiblings(tx, s.planId, parentId).map((r) => r.id);
      order = [...outer.slice(0, outer.indexOf(parent.id) + 1), s.id, ...outer.slice(outer.indexOf(parent.id) + 1)];
    }
    if (parentId !== s.parentId && sectionNumberTaken(tx, s.planId, parentId, s.number, s.id)) throw duplicateNumber();
    placeSection(tx, user.organisationId, s.id, parentId, order);
    audit({
      action: 'section.move',
      entityType: 'section',
      entityId: s.id,
      before: { parentId: s.parentId, sortOrder: s.sortOrder },
      after: { parentId, sortOrder: order.indexOf(s.id), move: input.move },
    });
    return { id: s.id };
  },
  { after },
);

/**
 * Renumbers the outline below a parent (null: the whole plan), at every level, in the plan's
 * style per level or a section's own style, with the organisation's heading digits.
 */
export const renumberSections = defineAction(
  'admin.section.renumber',
  z.object({ planId: id, parentId: id.nullable() }).strict(),
  plan,
  ({ tx, user, input, target: plan, audit }) => {
    const rows = listOutlineRows(tx, plan.id);
    if (input.parentId !== null && !rows.some((r) => r.id === input.parentId)) throw new ActionFailure('not_found');
    const digits = getOrganisationSettings(tx, user.organisationId)?.headingDigits ?? 'full';
    const changes = renumberOutline(rows, plan.numbering, digits, input.parentId);
    const ids = [...changes.keys()];
    setSectionNumbers(
      tx,
      user.organisationId,
      ids,
      ids.map((sid) => changes.get(sid)!),
    );
    const before = new Map(rows.map((r) => [r.id, r.number]));
    audit({
      action: 'section.renumber',
      entityType: 'plan',
      entityId: plan.id,
      before: ids.map((sid) => [sid, before.get(sid)]),
      after: ids.map((sid) => [sid, changes.get(sid)]),
    });
    return { count: ids.length };
  },
  { after },
);

export const deleteSection = defineAction(
  'admin.section.delete',
  z.object({ sectionId: id, confirmed: z.boolean() }).strict(),
  liveSection,
  ({ tx, user, input, target: s, audit }) => {
    const ids = subtreeIds(tx, s.planId, s.id);
    // Written text or entered figures are not thrown away on one click.
    if (!input.confirmed && sectionsHaveContent(tx, ids)) throw new ActionFailure('conflict', { reason: 'needsConfirm' });
    const at = new Date().toISOString();
    softDeleteSections(tx, user.organisationId, ids, at);
    audit({
      action: 'section.delete',
      entityType: 'section',
      entityId: s.id,
      before: { title: s.title, number: s.number },
      after: { deletedAt: at, subtree: ids },
    });
    return { id: s.id };
  },
  { after },
);

export const restoreSection = defineAction(
  'admin.section.restore',
  z.object({ sectionId: id }).strict(),
  anySection,
  ({ tx, user, target: s, audit }) => {
    if (!s.deletedAt) throw new ActionFailure('not_found');
    if (s.parentId !== null && getSectionForAdmin(tx, user.organisationId, s.parentId)?.deletedAt)
      throw new ActionFailure('conflict', { reason: 'parentDeleted' });
    if (sectionNumberTaken(tx, s.planId, s.parentId, s.number, s.id)) throw duplicateNumber();
    restoreSections(tx, user.organisationId, subtreeIds(tx, s.planId, s.id), s.deletedAt);
    audit({
      action: 'section.restore',
      entityType: 'section',
      entityId: s.id,
      before: { deletedAt: s.deletedAt },
      after: { deletedAt: null },
    });
    return { id: s.id };
  },
  { after },
);
