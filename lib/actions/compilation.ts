'use server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  buildCompilation,
  getCompilation,
  listCompilations,
  listFinalOpinionsForCompilation,
  replaceCompilations,
  reorderCompilations,
  setOpinionsForm,
  updateCompilation,
} from '@/db/queries/compilation';
import type { Db } from '@/db/open';
import { plans } from '@/db/schema';
import { ActionFailure, defineAction } from './wrapper';

const id = z.number().int().positive();

function loadPlan(tx: Db, organisationId: number, planId: number) {
  const plan = tx
    .select({ id: plans.id, phase: plans.phase, opinionsForm: plans.opinionsForm })
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.organisationId, organisationId)))
    .get();
  if (!plan) throw new ActionFailure('not_found');
  return plan;
}

const FORMS = ['grouped', 'bullets', 'paragraph', 'free'] as const;

/**
 * Rebuilds section 6 from the final opinions (ordered, no author names) in the plan's form;
 * `form` chooses a new form for the plan first (the report prints section 6 in it).
 */
export const generateCompilation = defineAction(
  'compilation.generate',
  z.object({ planId: id, style: z.enum(['bullets', 'paragraph']).default('bullets'), form: z.enum(FORMS).optional() }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = loadPlan(tx, user.organisationId, input.planId);
    authorize('compilation.edit', { phase: plan.phase });
    const before = listCompilations(tx, plan.id).map((c) => ({ heading: c.heading, body: c.body }));
    const form = input.form ?? plan.opinionsForm;
    if (form !== plan.opinionsForm) setOpinionsForm(tx, plan.id, form);
    const blocks = buildCompilation(listFinalOpinionsForCompilation(tx, plan.id), input.style, form);
    const ids = replaceCompilations(tx, plan.id, blocks, user.id);
    audit({
      action: 'compilation.generate',
      entityType: 'plan',
      entityId: plan.id,
      before: { form: plan.opinionsForm, blocks: before },
      after: { form, style: input.style, blocks: blocks.map((b) => ({ heading: b.heading, body: b.body, opinionIds: b.opinionIds })) },
    });
    return { blocks: ids.length };
  },
);

/** Edits the report text of one block; the opinions it came from stay as written. */
export const saveCompilation = defineAction(
  'compilation.save',
  z
    .object({
      planId: id,
      id,
      version: z.number().int().positive(),
      /** Required where section 6 prints a heading per group; the other forms print none. */
      heading: z.string().trim().max(200),
      body: z
        .string()
        .max(20000)
        .transform((b) => b.replace(/\r\n/g, '\n').trim()),
    })
    .strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = loadPlan(tx, user.organisationId, input.planId);
    authorize('compilation.edit', { phase: plan.phase });
    const row = getCompilation(tx, plan.id, input.id);
    if (!row) throw new ActionFailure('not_found');
    if (plan.opinionsForm === 'grouped' && input.heading === '') {
      throw new ActionFailure('invalid', { field: 'heading', reason: 'headingRequired' });
    }
    const n = updateCompilation(tx, {
      planId: plan.id,
      id: row.id,
      version: input.version,
      heading: input.heading,
      body: input.body,
      userId: user.id,
    });
    if (n === 0) throw new ActionFailure('conflict', { version: row.version, heading: row.heading, body: row.body });
    audit({
      action: 'compilation.save',
      entityType: 'opinion_compilation',
      entityId: row.id,
      before: { heading: row.heading, body: row.body },
      after: { heading: input.heading, body: input.body },
    });
    return { version: input.version + 1 };
  },
);

export const reorderCompilation = defineAction(
  'compilation.reorder',
  z.object({ planId: id, ids: z.array(id).min(1).max(100) }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = loadPlan(tx, user.organisationId, input.planId);
    authorize('compilation.edit', { phase: plan.phase });
    const before = listCompilations(tx, plan.id).map((c) => c.id);
    if (!reorderCompilations(tx, plan.id, input.ids, user.id)) throw new ActionFailure('conflict');
    audit({ action: 'compilation.reorder', entityType: 'plan', entityId: plan.id, before, after: input.ids });
    return { ids: input.ids };
  },
);
