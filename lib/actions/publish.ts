'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getPlanForPublish, markPublished, markUnlocked } from '@/db/queries/report-publish';
import { id } from '@/lib/plans/validation';
import { checkYearNarratives, publishGate } from '@/lib/report/narrative-check';
import { storeOfficialPdfAfterPublish } from '@/lib/report/official';
import { ActionFailure, defineAction } from './wrapper';

const reason = z.string().trim().min(1).max(2000);

export type PublishResult = {
  planId: number;
  version: number;
  /** The official PDF: stored now, or generated on the first download when Chromium failed. */
  pdf: { status: 'pending' } | { status: 'stored'; version: number; sha256: string } | { status: 'deferred'; reason: string };
  publishedBy: number;
};

/**
 * Publishes a year: review → published (a year unlocked for an amendment may be re-published
 * from any phase). The PDF is generated after the commit; the phase change never waits on it.
 * The consistency checker is the gate: a year whose narratives quote figures that contradict
 * the data is refused unless the admin overrides with a reason, which the audit log and the
 * stored report version keep.
 */
export const publishYear = defineAction(
  'report.publish',
  z.object({ planId: id, reason: reason.optional(), override: reason.optional() }).strict(),
  ({ tx, user, input, authorize, audit, notify }): PublishResult => {
    const plan = getPlanForPublish(tx, user.organisationId, input.planId);
    if (!plan) throw new ActionFailure('not_found');
    authorize('plan.admin', { phase: plan.phase });
    const republish = plan.publishedAt != null;
    if (!republish && plan.phase !== 'review') throw new ActionFailure('conflict', { reason: 'notInReview' });
    const check = checkYearNarratives(tx, plan.id, plan.endYear);
    const gate = publishGate(check, input.override);
    if (!gate.ok) throw new ActionFailure('conflict', gate.detail);
    const { consistencyOverride } = gate;
    if (markPublished(tx, plan.id, plan.phase) === 0) throw new ActionFailure('conflict', { reason: 'phaseChanged' });
    audit({
      action: 'plan.publish',
      entityType: 'plan',
      entityId: plan.id,
      before: { phase: plan.phase, publishedAt: plan.publishedAt },
      after: {
        phase: 'published',
        republish,
        reason: input.reason ?? null,
        consistencyOverride,
        ...(consistencyOverride ? { contradictions: check.contradictions } : {}),
      },
    });
    if (!republish) notify({ kind: 'phaseChanged', planId: plan.id, year: plan.startYear, from: plan.phase, to: 'published' });
    return { planId: plan.id, version: 0, pdf: { status: 'pending' }, publishedBy: user.id };
  },
  {
    after: async (data) => {
      const stored = await storeOfficialPdfAfterPublish(getDb(), data.planId, data.publishedBy);
      data.pdf = stored;
      if (stored.status === 'stored') data.version = stored.version;
      revalidatePath('/admin/plans', 'layout');
      revalidatePath('/years', 'layout');
    },
  },
);

/** published → review so that a correction can be made; the reason is kept in the audit log. */
export const unlockYear = defineAction(
  'report.unlock',
  z.object({ planId: id, reason }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = getPlanForPublish(tx, user.organisationId, input.planId);
    if (!plan) throw new ActionFailure('not_found');
    // The published-year lock guards writes to the year; unlocking is the admin's way out of it.
    authorize('plan.admin', {});
    if (plan.phase !== 'published') throw new ActionFailure('conflict', { reason: 'notPublished' });
    if (markUnlocked(tx, plan.id) === 0) throw new ActionFailure('conflict', { reason: 'phaseChanged' });
    audit({
      action: 'plan.unlock',
      entityType: 'plan',
      entityId: plan.id,
      before: { phase: 'published' },
      after: { phase: 'review', reason: input.reason },
    });
    return { planId: plan.id, phase: 'review' as const };
  },
  {
    after: () => {
      revalidatePath('/admin/plans', 'layout');
      revalidatePath('/years', 'layout');
    },
  },
);
