'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getPlanForAdmin } from '@/db/queries/admin-plans';
import { setPlanPhase, unfinishedSummary } from '@/db/queries/admin-phases';
import { id } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

/** planning → entry → review, and a step back from either. Publishing is publishYear (lib/actions/publish.ts). */
const ALLOWED: Record<string, readonly string[]> = { planning: ['entry'], entry: ['review', 'planning'], review: ['entry'] };

export const changePhase = defineAction(
  'admin.plan.phase',
  z
    .object({
      planId: id,
      from: z.enum(['planning', 'entry', 'review']),
      to: z.enum(['planning', 'entry', 'review']),
      /** The admin saw the summary of unfinished work and confirmed. */
      confirmed: z.literal(true),
    })
    .strict(),
  ({ tx, user, input, authorize, audit, notify }) => {
    const plan = getPlanForAdmin(tx, user.organisationId, input.planId);
    if (!plan) throw new ActionFailure('not_found');
    authorize('plan.admin', { phase: plan.phase });
    if (plan.phase !== input.from) throw new ActionFailure('conflict', { reason: 'phaseChanged' });
    if (!ALLOWED[input.from]?.includes(input.to)) throw new ActionFailure('invalid', { reason: 'phaseStep' });
    const summary = unfinishedSummary(tx, plan.id);
    if (setPlanPhase(tx, plan.id, input.from, input.to) === 0) throw new ActionFailure('conflict', { reason: 'phaseChanged' });
    audit({
      action: 'plan.phase',
      entityType: 'plan',
      entityId: plan.id,
      before: { phase: input.from },
      after: { phase: input.to, unfinishedSections: summary.notApprovedCount, draftOpinions: summary.draftOpinions },
    });
    notify({ kind: 'phaseChanged', planId: plan.id, year: plan.startYear, from: input.from, to: input.to });
    return { phase: input.to };
  },
  {
    after: () => {
      revalidatePath('/admin/plans', 'layout');
      revalidatePath('/years', 'layout');
    },
  },
);
