'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getPlanForAdmin } from '@/db/queries/admin-plans';
import { listRecipientCandidates } from '@/db/queries/notifications';
import { listOwing } from '@/db/queries/owing';
import { deliver } from '@/lib/notify/emit';
import { linkFor } from '@/lib/notify/events';
import { ActionFailure, defineAction } from './wrapper';

/**
 * 督促: the planning department reminds everyone who still owes work in the plan's phase. The
 * admin saw a preview of the recipients; only those (still owing now) get it, so nobody the admin
 * did not see is reminded.
 */
export const sendReminder = defineAction(
  'reminder.send',
  z.object({ planId: z.number().int().positive(), recipients: z.array(z.number().int().positive()).min(1).max(1000) }).strict(),
  ({ tx, user, input, authorize, audit }) => {
    const plan = getPlanForAdmin(tx, user.organisationId, input.planId);
    if (!plan) throw new ActionFailure('not_found');
    authorize('reminder.send', { phase: plan.phase });
    const previewed = new Set(input.recipients);
    const owing = listOwing(tx, { id: plan.id, phase: plan.phase, organisationId: user.organisationId }).filter((o) =>
      previewed.has(o.userId),
    );
    if (owing.length === 0) throw new ActionFailure('conflict', { reason: 'nobodyOwes' });
    const candidates = new Map(listRecipientCandidates(tx, user.organisationId).map((r) => [r.id, r]));
    const which = plan.phase === 'entry' ? 'entry' : 'review';
    let sent = 0;
    for (const o of owing) {
      const r = candidates.get(o.userId);
      if (!r) continue;
      sent += deliver(tx, user.organisationId, [r], 'reminder', { year: plan.startYear, which, items: o.items }, (x) =>
        linkFor('reminder', x.role, { year: plan.startYear }),
      );
    }
    audit({
      action: 'reminder.send',
      entityType: 'plan',
      entityId: plan.id,
      after: { phase: plan.phase, recipients: owing.map((o) => o.userId) },
    });
    return { sent };
  },
  { after: () => revalidatePath('/admin/plans', 'layout') },
);
