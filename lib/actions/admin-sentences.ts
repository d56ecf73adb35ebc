'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getFigureSentenceSettings, updateFigureSentences } from '@/db/queries/admin-sentences';
import { DEFAULT_FIGURE_SENTENCES, TEMPLATE_MAX, templateProblems } from '@/lib/domain/figure-sentence';
import { version } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

const template = z.string().trim().min(1).max(TEMPLATE_MAX);

/**
 * The wording of figure sentences: one template for a closed year, one for a year in progress.
 * A placeholder that does not exist or a [group] left open is refused (nothing is saved), and a
 * save based on an older version is a conflict. The default wording is stored as null.
 */
export const updateFigureSentenceWording = defineAction(
  'admin.organisation.sentences',
  z.object({ version, yearEnd: template, toDate: template }).strict(),
  { action: 'people.admin', load: ({ tx, user }) => getFigureSentenceSettings(tx, user.organisationId), target: () => ({}) },
  ({ tx, user, input, target: before, audit }) => {
    const { version: base, ...wording } = input;
    for (const field of ['yearEnd', 'toDate'] as const) {
      const p = templateProblems(wording[field]);
      if (p.unknown.length) throw new ActionFailure('invalid', { reason: 'unknownPlaceholder', field, tokens: p.unknown });
      if (p.unbalanced) throw new ActionFailure('invalid', { reason: 'unbalancedTemplate', field });
    }
    const isDefault = wording.yearEnd === DEFAULT_FIGURE_SENTENCES.yearEnd && wording.toDate === DEFAULT_FIGURE_SENTENCES.toDate;
    if (updateFigureSentences(tx, user.organisationId, base, isDefault ? null : wording) === 0) throw new ActionFailure('conflict');
    audit({
      action: 'organisation.sentences',
      entityType: 'organisation',
      entityId: user.organisationId,
      before: before.figureSentences ?? DEFAULT_FIGURE_SENTENCES,
      after: wording,
    });
    return { version: base + 1 };
  },
  {
    after: () => {
      revalidatePath('/admin/organisation/sentences');
      revalidatePath('/years', 'layout');
    },
  },
);
