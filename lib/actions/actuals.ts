'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getIndicatorTarget, getIndicatorValues, getIndicatorsByCode, saveActuals } from '@/db/queries/actuals';
import { getAnnualPlan } from '@/db/queries/plans';
import { ACTUAL_COLUMNS, type ActualValues, type CellProblem, parseActualCells } from '@/lib/excel/actual-cells';
import { ActionFailure, defineAction } from './wrapper';

const cell = z.string().max(60);
const cells = { actual: cell, prior: cell, monthly: z.array(cell).length(12) };

/**
 * One indicator's annual, prior-year and monthly actuals, typed as people write numbers. Every
 * value is parsed on the server (the form's live check is only a preview); a refused value
 * refuses the save and names the field. The save names the version it was based on.
 */
export const saveIndicatorActuals = defineAction(
  'actuals.save',
  z
    .object({
      indicatorId: z.number().int().positive(),
      /** A mid-term plan's year (default: the plan's first year, an annual plan's only one). */
      fiscalYear: z.number().int().min(2000).max(2100).optional(),
      baseVersion: z.number().int().min(0),
      ...cells,
    })
    .strict(),
  {
    action: 'actuals.edit',
    load: ({ tx, user, input }) => getIndicatorTarget(tx, user.organisationId, input.indicatorId),
    target: (t) => ({ departmentId: t.departmentId, phase: t.phase }),
  },
  ({ tx, user, input, target: found, audit }) => {
    const year = input.fiscalYear ?? found.year;
    if (year < found.year || year > found.endYear) throw new ActionFailure('invalid', { reason: 'yearOutsidePlan' });
    const target = { ...found, year };
    const parsed = parseActualCells(input, target);
    if (!parsed.ok) throw new ActionFailure('invalid', { problems: parsed.problems });
    const before = getIndicatorValues(tx, target.id, target.year);
    const version = saveActuals(tx, target.id, target.year, input.baseVersion, {
      ...parsed.values,
      userId: user.id,
      organisationId: user.organisationId,
    });
    if (version === null) throw new ActionFailure('conflict', { theirs: before });
    audit({
      action: 'actuals.save',
      entityType: 'indicator_values',
      entityId: target.id,
      before: before ? { actual: before.actualValue, prior: before.priorActualValue, version: before.version } : null,
      after: { ...parsed.values, version },
    });
    return { version, year: target.year, sectionId: target.sectionId };
  },
  {
    after: (d) => {
      revalidatePath(`/years/${d.year}/sections/${d.sectionId}`);
      revalidatePath('/midterm/[planId]/sections/[id]', 'page');
    },
  },
);

/**
 * The rows of an uploaded actuals workbook (read by the upload route). All or nothing: if any
 * row is bad, nothing is saved and every problem comes back with its row and column.
 */
export const importActuals = defineAction(
  'actuals.import',
  z
    .object({
      year: z.number().int().min(1900).max(2200),
      /** The user saw which 前年度実績 of a published year this changes, and confirmed. */
      confirmPublishedPrior: z.boolean().optional(),
      rows: z
        .array(z.object({ row: z.number().int().positive(), code: z.string().max(100), ...cells }).strict())
        .min(1)
        .max(1000),
    })
    .strict(),
  {
    action: 'actuals.import',
    load: ({ tx, user, input }) => getAnnualPlan(tx, user.organisationId, input.year),
    target: (plan) => ({ phase: plan.phase }),
  },
  ({ tx, user, input, target: plan, can, audit }) => {
    // Each row is authorized below against its indicator's department.
    const codes = [...new Set(input.rows.map((r) => r.code.trim()))];
    const found = new Map(getIndicatorsByCode(tx, plan.id, codes, plan.startYear).map((i) => [i.code, i]));
    const problems: CellProblem[] = [];
    const seen = new Set<string>();
    const ready: { id: number; row: number; code: string; before: number | null; values: ActualValues }[] = [];
    for (const r of input.rows) {
      const code = r.code.trim();
      const ind = found.get(code);
      const at = { row: r.row, column: ACTUAL_COLUMNS.code, field: 'code' };
      if (!ind) problems.push({ ...at, code: 'unknown_indicator' });
      else if (!can('actuals.edit', { departmentId: ind.departmentId, phase: plan.phase })) problems.push({ ...at, code: 'not_yours' });
      else if (seen.has(code)) problems.push({ ...at, code: 'duplicate' });
      else {
        seen.add(code);
        const parsed = parseActualCells(r, ind, r.row);
        if (parsed.ok) ready.push({ id: ind.id, row: r.row, code, before: ind.priorActualValue, values: parsed.values });
        else problems.push(...parsed.problems);
      }
    }
    if (problems.length) throw new ActionFailure('invalid', { problems });
    // 前年度実績 is the previous year's actual: once that year is published, changing it here
    // rewrites published history, so it is never done silently.
    const priorChanges = ready.filter((r) => r.values.prior !== r.before);
    if (
      priorChanges.length &&
      !input.confirmPublishedPrior &&
      getAnnualPlan(tx, user.organisationId, plan.startYear - 1)?.phase === 'published'
    )
      throw new ActionFailure('conflict', {
        reason: 'publishedPrior',
        changes: priorChanges.map((r) => ({ row: r.row, code: r.code, before: r.before, after: r.values.prior })),
      });
    for (const { id, values } of ready) {
      const version = saveActuals(tx, id, plan.startYear, null, { ...values, userId: user.id, organisationId: user.organisationId });
      audit({ action: 'actuals.import', entityType: 'indicator_values', entityId: id, after: { ...values, version } });
    }
    return { saved: ready.length, year: plan.startYear };
  },
  { after: (d) => revalidatePath(`/years/${d.year}/sections`, 'layout') },
);
