'use server';
import { z } from 'zod';
import type { Db } from '@/db/open';
import {
  deleteOpinionDraft,
  finalizeOpinionDraft,
  getOpinionPlace,
  getOpinionTarget,
  insertOpinion,
  markSectionsRead,
  updateOpinionDraft,
} from '@/db/queries/opinions';
import { getPlanPhase, setPlanIndependentReview } from '@/db/queries/plans';
import { ActionFailure, defineAction } from './wrapper';

const id = z.number().int().positive();
/** One bullet (・) item; the bullet mark itself is not stored. */
const opinionText = z
  .string()
  .max(4000)
  .transform((t) => t.trim().replace(/^・\s*/, ''));

type OpinionRow = NonNullable<ReturnType<typeof getOpinionTarget>>;

/** What opinion.write reads of an existing opinion: its author, its state, the plan's phase. */
const opinionTarget = (row: OpinionRow) => ({ authorId: row.authorId, opinionStatus: row.status, phase: row.phase });

/** An existing opinion of the organisation, asked as opinion.write. */
const existing = {
  action: 'opinion.write' as const,
  load: ({ tx, user, input }: { tx: Db; user: { organisationId: number }; input: { id: number } }) =>
    getOpinionTarget(tx, user.organisationId, input.id),
  target: opinionTarget,
};

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
  {
    action: 'opinion.write',
    // A new opinion's target is its place (plan, department, section); an edit's is the opinion.
    load: ({ tx, user, input }) => {
      if (input.id === undefined) {
        const place = getOpinionPlace(tx, user.organisationId, input.planId, input.departmentId, input.sectionId);
        return place && { kind: 'new' as const, phase: place.phase };
      }
      const row = getOpinionTarget(tx, user.organisationId, input.id);
      return row && row.planId === input.planId ? { kind: 'edit' as const, row, phase: row.phase } : null;
    },
    target: (t) => (t.kind === 'new' ? { phase: t.phase } : opinionTarget(t.row)),
  },
  ({ tx, user, input, target, audit }) => {
    if (target.kind === 'new') {
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
    const { row } = target;
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

export const finalizeOpinion = defineAction('opinion.finalize', rowRef, existing, ({ tx, user, input, target: row, audit, notify }) => {
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

export const deleteOpinion = defineAction('opinion.delete', rowRef, existing, ({ tx, user, input, target: row, audit }) => {
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
  { action: 'review.markRead', load: ({ tx, user, input }) => getPlanPhase(tx, user.organisationId, input.planId) },
  ({ tx, user, input, audit }) => {
    const n = markSectionsRead(tx, input.planId, user.id, input.items);
    audit({ action: 'review.markRead', entityType: 'plan', entityId: input.planId, after: { sections: input.items, recorded: n } });
    return { recorded: n };
  },
);

/** Independent review: members see the others' opinions only after finalising their own. */
export const setIndependentReview = defineAction(
  'plan.independentReview',
  z.object({ planId: id, enabled: z.boolean(), version: z.number().int().positive() }).strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getPlanPhase(tx, user.organisationId, input.planId) },
  ({ tx, user, input, target: plan, audit }) => {
    const n = setPlanIndependentReview(tx, user.organisationId, plan.id, input.version, input.enabled);
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
