'use server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { plans } from '@/db/schema';
import {
  deleteOpinionDraft,
  finalizeOpinionDraft,
  getOpinionPlace,
  getOpinionTarget,
  insertOpinion,
  markSectionsRead,
  updateOpinionDraft,
} from '@/db/queries/opinions';
import type { PlanPhase } from '@/lib/domain/types';
import { ActionFailure, defineAction } from './wrapper';

const id = z.number().int().positive();
/** One bullet (・) item; the bullet mark itself is not stored. */
const opinionText = z
  .string()
  .max(4000)
  .transform((t) => t.trim().replace(/^・\s*/, ''));

/** Members write opinions while material comes in (entry) and during the review. */
function assertWritablePhase(phase: PlanPhase) {
  if (phase !== 'entry' && phase !== 'review') throw new ActionFailure('locked');
}

export const saveOpinion = defineAction(
  'opinion.save',
  z
    .object({
      planId: id,
      departmentId: id,
      sectionId: id.nullable(),
      id: id.optional(),
      version: z.number().int().positive().optional(),
      text: opinionText,
    })
    .strict(),
  ({ tx, user, input, authorize, audit }) => {
    if (input.id === undefined) {
      const place = getOpinionPlace(tx, user.organisationId, input.planId, input.departmentId, input.sectionId);
      if (!place) throw new ActionFailure('not_found');
      authorize('opinion.write', { phase: place.phase });
      assertWritablePhase(place.phase);
      const created = insertOpinion(tx, {
        planId: input.planId,
        departmentId: input.departmentId,
        sectionId: input.sectionId,
        authorId: user.id,
        text: input.text,
      });
      audit({
        action: 'opinion.create',
        entityType: 'opinion',
        entityId: created.id,
        after: { text: input.text, sectionId: input.sectionId, departmentId: input.departmentId },
      });
      return { id: created.id, version: created.version };
    }
    const row = getOpinionTarget(tx, user.organisationId, input.id);
    // Another member's draft is not even confirmed to exist.
    if (!row || row.planId !== input.planId || (row.status === 'draft' && row.authorId !== user.id)) throw new ActionFailure('not_found');
    authorize('opinion.write', { authorId: row.authorId, phase: row.phase });
    assertWritablePhase(row.phase);
    if (row.status === 'final') throw new ActionFailure('locked');
    if (input.version === undefined) throw new ActionFailure('invalid');
    if (input.sectionId !== row.sectionId && input.sectionId !== null) {
      const place = getOpinionPlace(tx, user.organisationId, row.planId, row.departmentId ?? -1, input.sectionId);
      if (!place) throw new ActionFailure('not_found');
    }
    const n = updateOpinionDraft(tx, {
      id: row.id,
      authorId: user.id,
      version: input.version,
      text: input.text,
      sectionId: input.sectionId,
    });
    if (n === 0) throw new ActionFailure('conflict', { version: row.version, text: row.text });
    audit({
      action: 'opinion.update',
      entityType: 'opinion',
      entityId: row.id,
      before: { text: row.text, sectionId: row.sectionId },
      after: { text: input.text, sectionId: input.sectionId },
    });
    return { id: row.id, version: input.version + 1 };
  },
);

const rowRef = z.object({ id, version: z.number().int().positive() }).strict();

export const finalizeOpinion = defineAction('opinion.finalize', rowRef, ({ tx, user, input, authorize, audit, notify }) => {
  const row = getOpinionTarget(tx, user.organisationId, input.id);
  if (!row || (row.status === 'draft' && row.authorId !== user.id)) throw new ActionFailure('not_found');
  authorize('opinion.write', { authorId: row.authorId, phase: row.phase });
  assertWritablePhase(row.phase);
  if (row.status === 'final') throw new ActionFailure('locked');
  if (row.text.trim() === '') throw new ActionFailure('invalid');
  const n = finalizeOpinionDraft(tx, { id: row.id, authorId: user.id, version: input.version });
  if (n === 0) throw new ActionFailure('conflict', { version: row.version, text: row.text });
  audit({
    action: 'opinion.finalize',
    entityType: 'opinion',
    entityId: row.id,
    before: { status: 'draft' },
    after: { status: 'final', text: row.text },
  });
  notify({ kind: 'opinionFinalized', opinionId: row.id });
  return { id: row.id, version: input.version + 1 };
});

export const deleteOpinion = defineAction('opinion.delete', rowRef, ({ tx, user, input, authorize, audit }) => {
  const row = getOpinionTarget(tx, user.organisationId, input.id);
  if (!row || (row.status === 'draft' && row.authorId !== user.id)) throw new ActionFailure('not_found');
  authorize('opinion.write', { authorId: row.authorId, phase: row.phase });
  assertWritablePhase(row.phase);
  if (row.status === 'final') throw new ActionFailure('locked');
  const n = deleteOpinionDraft(tx, { id: row.id, authorId: user.id, version: input.version });
  if (n === 0) throw new ActionFailure('conflict');
  audit({ action: 'opinion.delete', entityType: 'opinion', entityId: row.id, before: { text: row.text, status: row.status } });
  return { id: row.id };
});

export const markSectionsReadAction = defineAction(
  'review.markRead',
  z
    .object({
      planId: id,
      items: z
        .array(z.object({ sectionId: id, version: z.number().int().positive() }).strict())
        .min(1)
        .max(200),
    })
    .strict(),
  ({ tx, user, input, audit }) => {
    if (user.role !== 'committee') throw new ActionFailure('forbidden');
    const plan = tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.organisationId, user.organisationId)))
      .get();
    if (!plan) throw new ActionFailure('not_found');
    const n = markSectionsRead(tx, input.planId, user.id, input.items);
    audit({ action: 'review.markRead', entityType: 'plan', entityId: input.planId, after: { sections: input.items, recorded: n } });
    return { recorded: n };
  },
);

/** Independent review: members see the others' opinions only after finalising their own. */
export const setIndependentReview = defineAction(
  'plan.independentReview',
  z.object({ planId: id, enabled: z.boolean(), version: z.number().int().positive() }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = tx
      .select({ id: plans.id, phase: plans.phase, independentReview: plans.independentReview })
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.organisationId, user.organisationId)))
      .get();
    if (!plan) throw new ActionFailure('not_found');
    authorize('plan.admin', { phase: plan.phase });
    const n = tx
      .update(plans)
      .set({ independentReview: input.enabled, version: sql`${plans.version} + 1`, updatedAt: new Date().toISOString() })
      .where(and(eq(plans.id, plan.id), eq(plans.version, input.version)))
      .run().changes;
    if (n === 0) throw new ActionFailure('conflict');
    audit({
      action: 'plan.independentReview',
      entityType: 'plan',
      entityId: plan.id,
      before: { independentReview: plan.independentReview },
      after: { independentReview: input.enabled },
    });
    return { version: input.version + 1 };
  },
);
