'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  deleteCommitteeMember,
  deleteDepartment,
  departmentCodeTaken,
  departmentInUse,
  getCommitteeMemberForAdmin,
  getDepartmentForAdmin,
  getUserForAdmin,
  insertCommitteeMember,
  insertDepartment,
  listAdminCommittee,
  listAdminDepartments,
  orderRows,
  updateCommitteeMember,
  updateDepartment,
} from '@/db/queries/admin-people';
import { id, name } from '@/lib/plans/validation';
import { ActionFailure, defineAction, organisation } from './wrapper';

const move = z.enum(['up', 'down']);

function moved(ids: number[], rowId: number, dir: 'up' | 'down'): number[] {
  const at = ids.indexOf(rowId);
  const to = dir === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) throw new ActionFailure('invalid', { reason: 'cannotMove' });
  const out = [...ids];
  [out[at], out[to]] = [out[to]!, out[at]!];
  return out;
}

export const saveDepartment = defineAction(
  'admin.department.save',
  z
    .object({
      id: id.optional(),
      code: z
        .string()
        .trim()
        .min(1)
        .max(32)
        .regex(/^[a-z0-9_-]+$/),
      name: name(100),
    })
    .strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    if (departmentCodeTaken(tx, user.organisationId, input.code, input.id))
      throw new ActionFailure('conflict', { reason: 'duplicateCode', field: 'code' });
    if (input.id === undefined) {
      const deptId = insertDepartment(tx, { organisationId: user.organisationId, code: input.code, name: input.name });
      audit({ action: 'department.create', entityType: 'department', entityId: deptId, after: { code: input.code, name: input.name } });
      return { id: deptId };
    }
    const row = getDepartmentForAdmin(tx, user.organisationId, input.id);
    if (!row) throw new ActionFailure('not_found');
    updateDepartment(tx, user.organisationId, row.id, { code: input.code, name: input.name });
    audit({
      action: 'department.update',
      entityType: 'department',
      entityId: row.id,
      before: { code: row.code, name: row.name },
      after: { code: input.code, name: input.name },
    });
    return { id: row.id };
  },
  { after: () => revalidatePath('/admin/departments') },
);

export const moveDepartment = defineAction(
  'admin.department.move',
  z.object({ id, move }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const ids = listAdminDepartments(tx, user.organisationId).map((d) => d.id);
    if (!ids.includes(input.id)) throw new ActionFailure('not_found');
    const order = moved(ids, input.id, input.move);
    orderRows(tx, user.organisationId, 'departments', order);
    audit({ action: 'department.move', entityType: 'department', entityId: input.id, before: { order: ids }, after: { order } });
    return { id: input.id };
  },
  { after: () => revalidatePath('/admin/departments') },
);

export const removeDepartment = defineAction(
  'admin.department.delete',
  z.object({ id }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const row = getDepartmentForAdmin(tx, user.organisationId, input.id);
    if (!row) throw new ActionFailure('not_found');
    if (departmentInUse(tx, row.id)) throw new ActionFailure('conflict', { reason: 'departmentInUse' });
    deleteDepartment(tx, user.organisationId, row.id);
    audit({ action: 'department.delete', entityType: 'department', entityId: row.id, before: { code: row.code, name: row.name } });
    return { id: row.id };
  },
  { after: () => revalidatePath('/admin/departments') },
);

const memberFields = { name: name(100), affiliation: z.string().trim().max(200), title: z.string().trim().max(100), userId: id.nullable() };

export const saveCommitteeMember = defineAction(
  'admin.committee.save',
  z.object({ id: id.optional(), ...memberFields }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    if (input.userId !== null) {
      const linked = getUserForAdmin(tx, user.organisationId, input.userId);
      if (!linked || linked.role !== 'committee') throw new ActionFailure('invalid', { reason: 'notCommitteeUser', field: 'userId' });
    }
    const values = { name: input.name, affiliation: input.affiliation, title: input.title, userId: input.userId };
    if (input.id === undefined) {
      const memberId = insertCommitteeMember(tx, { organisationId: user.organisationId, ...values });
      audit({ action: 'committee.create', entityType: 'committee_member', entityId: memberId, after: values });
      return { id: memberId };
    }
    const row = getCommitteeMemberForAdmin(tx, user.organisationId, input.id);
    if (!row) throw new ActionFailure('not_found');
    updateCommitteeMember(tx, user.organisationId, row.id, values);
    audit({
      action: 'committee.update',
      entityType: 'committee_member',
      entityId: row.id,
      before: { name: row.name, affiliation: row.affiliation, title: row.title, userId: row.userId },
      after: values,
    });
    return { id: row.id };
  },
  { after: () => revalidatePath('/admin/committee') },
);

export const moveCommitteeMember = defineAction(
  'admin.committee.move',
  z.object({ id, move }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const ids = listAdminCommittee(tx, user.organisationId).map((m) => m.id);
    if (!ids.includes(input.id)) throw new ActionFailure('not_found');
    const order = moved(ids, input.id, input.move);
    orderRows(tx, user.organisationId, 'committee_members', order);
    audit({ action: 'committee.move', entityType: 'committee_member', entityId: input.id, before: { order: ids }, after: { order } });
    return { id: input.id };
  },
  { after: () => revalidatePath('/admin/committee') },
);

export const removeCommitteeMember = defineAction(
  'admin.committee.delete',
  z.object({ id }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const row = getCommitteeMemberForAdmin(tx, user.organisationId, input.id);
    if (!row) throw new ActionFailure('not_found');
    deleteCommitteeMember(tx, user.organisationId, row.id);
    audit({ action: 'committee.delete', entityType: 'committee_member', entityId: row.id, before: row });
    return { id: row.id };
  },
  { after: () => revalidatePath('/admin/committee') },
);
