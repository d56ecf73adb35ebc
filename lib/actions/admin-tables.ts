'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getTableSectionForAdmin, setTableSpec } from '@/db/queries/admin-tables';
import { specProblems, tableKindOf, tableSpecSchema } from '@/lib/domain/table-spec';
import { id } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

/**
 * Saves a table section's spec; `spec: null` goes back to the default. `base` is the spec the
 * form was loaded with (JSON): a save over someone else's change is refused, not overwritten.
 */
export const saveTableSpec = defineAction(
  'admin.table.save',
  z.object({ sectionId: id, base: z.string().max(20_000), spec: tableSpecSchema.nullable() }).strict(),
  {
    action: 'plan.admin',
    load: ({ tx, user, input }) => {
      const section = getTableSectionForAdmin(tx, user.organisationId, input.sectionId);
      return section && !section.deletedAt ? section : null;
    },
    target: (section) => ({ phase: section.phase }),
  },
  ({ tx, input, target: section, audit }) => {
    const kind = tableKindOf(section.kind, section.planKind);
    if (!kind) throw new ActionFailure('invalid', { reason: 'notATable' });
    const problem = input.spec ? specProblems(kind, input.spec)[0] : undefined;
    if (problem) throw new ActionFailure('invalid', { reason: problem, field: 'columns' });
    const current = JSON.stringify(section.tableSpec ?? null);
    if (current !== input.base) throw new ActionFailure('conflict', { spec: section.tableSpec });
    setTableSpec(tx, section.planId, section.id, input.spec);
    audit({ action: 'section.table', entityType: 'section', entityId: section.id, before: section.tableSpec, after: input.spec });
    return { spec: input.spec };
  },
  { after: () => revalidatePath('/admin/plans', 'layout') },
);
