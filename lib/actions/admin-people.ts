'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  deleteUserRow,
  departmentsInOrganisation,
  getUserForAdmin,
  insertUser,
  loginIdTaken,
  setPasswordHash,
  setUserDepartments,
  updateUserFields,
  userHasHistory,
} from '@/db/queries/admin-people';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { id, LIMITS, name, ROLES } from '@/lib/plans/validation';
import { ActionFailure, defineAction, organisation } from './wrapper';

const after = () => revalidatePath('/admin/users');
/** The password policy (lib/auth/password-policy.ts); the refinement's key is the field message. */
const password = z
  .string()
  .max(LIMITS.password)
  .superRefine((p, ctx) => {
    const problem = passwordProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const departmentIds = z.array(id).max(50);

export const createUser = defineAction(
  'admin.user.create',
  z
    .object({
      loginId: z
        .string()
        .trim()
        .min(1)
        .max(LIMITS.loginId)
        .regex(/^[A-Za-z0-9._@-]+$/),
      displayName: name(100),
      role: z.enum(ROLES),
      departmentIds,
      password,
    })
    .strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    if (loginIdTaken(tx, input.loginId)) throw new ActionFailure('conflict', { reason: 'duplicateLogin', field: 'loginId' });
    if (passwordProblem(input.password, input.loginId))
      throw new ActionFailure('invalid', { field: 'password', reason: 'passwordHasLogin' });
    if (!departmentsInOrganisation(tx, user.organisationId, input.departmentIds))
      throw new ActionFailure('not_found', { reason: 'departmentMissing' });
    const userId = insertUser(tx, {
      organisationId: user.organisationId,
      loginId: input.loginId,
      displayName: input.displayName,
      role: input.role,
      passwordHash: hashPassword(input.password),
    });
    setUserDepartments(tx, userId, input.departmentIds);
    // Never the password, not even hashed, in the audit log.
    audit({
      action: 'user.create',
      entityType: 'user',
      entityId: userId,
      after: { loginId: input.loginId, displayName: input.displayName, role: input.role, departmentIds: input.departmentIds },
    });
    return { id: userId };
  },
  { after },
);

export const updateUser = defineAction(
  'admin.user.update',
  z.object({ userId: id, displayName: name(100), role: z.enum(ROLES), departmentIds, active: z.boolean() }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const target = getUserForAdmin(tx, user.organisationId, input.userId);
    if (!target) throw new ActionFailure('not_found');
    // An admin cannot lock themselves out.
    if (target.id === user.id && (input.role !== target.role || !input.active)) throw new ActionFailure('conflict', { reason: 'self' });
    if (!departmentsInOrganisation(tx, user.organisationId, input.departmentIds))
      throw new ActionFailure('not_found', { reason: 'departmentMissing' });
    const deptsChanged = [...target.departmentIds].sort().join() !== [...new Set(input.departmentIds)].sort().join();
    const endSessions = input.role !== target.role || (target.active && !input.active);
    updateUserFields(
      tx,
      user.organisationId,
      target.id,
      { displayName: input.displayName, role: input.role, active: input.active },
      endSessions,
    );
    if (deptsChanged) setUserDepartments(tx, target.id, input.departmentIds);
    audit({
      action: 'user.update',
      entityType: 'user',
      entityId: target.id,
      before: { displayName: target.displayName, role: target.role, active: target.active, departmentIds: target.departmentIds },
      after: {
        displayName: input.displayName,
        role: input.role,
        active: input.active,
        departmentIds: input.departmentIds,
        sessionsEnded: endSessions,
      },
    });
    return { id: target.id };
  },
  { after },
);

export const resetPassword = defineAction(
  'admin.user.resetPassword',
  z.object({ userId: id, password }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const target = getUserForAdmin(tx, user.organisationId, input.userId);
    if (!target) throw new ActionFailure('not_found');
    if (passwordProblem(input.password, target.loginId))
      throw new ActionFailure('invalid', { field: 'password', reason: 'passwordHasLogin' });
    // The admin knows this password: the user must choose their own at the next sign-in.
    setPasswordHash(tx, user.organisationId, target.id, hashPassword(input.password), { mustChange: true });
    audit({ action: 'user.resetPassword', entityType: 'user', entityId: target.id, after: { sessionsEnded: true, mustChange: true } });
    return { id: target.id };
  },
  { after },
);

/** Only for accounts that never did anything (a typo'd account); everyone else is deactivated. */
export const deleteUser = defineAction(
  'admin.user.delete',
  z.object({ userId: id }).strict(),
  { action: 'people.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const target = getUserForAdmin(tx, user.organisationId, input.userId);
    if (!target) throw new ActionFailure('not_found');
    if (target.id === user.id) throw new ActionFailure('conflict', { reason: 'self' });
    if (userHasHistory(tx, target.id)) throw new ActionFailure('conflict', { reason: 'hasHistory' });
    deleteUserRow(tx, user.organisationId, target.id);
    audit({
      action: 'user.delete',
      entityType: 'user',
      entityId: target.id,
      before: { loginId: target.loginId, displayName: target.displayName, role: target.role },
    });
    return { id: target.id };
  },
  { after },
);
