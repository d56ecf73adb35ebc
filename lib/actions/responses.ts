'use server';
import { z } from 'zod';
import { getOpinionResponse, getOpinionTarget, saveOpinionResponse } from '@/db/queries/opinions';
import { ActionFailure, defineAction } from './wrapper';

/**
 * 対応方針: the department (or admin) answers a final opinion and tracks its state. The opinion
 * itself is never touched. Responses are follow-up work, so a published year still takes them.
 */
export const saveResponse = defineAction(
  'response.save',
  z
    .object({
      opinionId: z.number().int().positive(),
      version: z.number().int().positive().nullable(),
      text: z
        .string()
        .max(4000)
        .transform((t) => t.trim()),
      state: z.enum(['open', 'in_progress', 'done']),
    })
    .strict(),
  ({ tx, user, input, authorize, audit, notify }) => {
    const op = getOpinionTarget(tx, user.organisationId, input.opinionId);
    // Drafts are private: a response to one is refused as if it did not exist.
    if (!op || op.status !== 'final') throw new ActionFailure('not_found');
    authorize('response.write', { departmentId: op.departmentId, phase: op.phase });
    const before = getOpinionResponse(tx, op.id);
    const n = saveOpinionResponse(tx, {
      opinionId: op.id,
      version: input.version,
      text: input.text,
      state: input.state,
      authorId: user.id,
    });
    if (n === 0)
      throw new ActionFailure('conflict', before ? { version: before.version, text: before.text, state: before.state } : undefined);
    audit({
      action: 'response.save',
      entityType: 'opinion_response',
      entityId: op.id,
      before: before ? { text: before.text, state: before.state } : null,
      after: { text: input.text, state: input.state },
    });
    // The member hears when the answer's words change, not on a state flip alone.
    if (input.text !== '' && input.text !== before?.text) notify({ kind: 'responseWritten', opinionId: op.id });
    return { version: (input.version ?? 0) + 1 };
  },
);
