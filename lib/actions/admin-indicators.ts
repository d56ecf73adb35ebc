'use server';
import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getPlanForAdmin } from '@/db/queries/admin-plans';
import {
  deleteFinancialLine,
  getFinancialLineForAdmin,
  getIndicatorForAdmin,
  indicatorCodeTaken,
  insertFinancialLine,
  insertIndicator,
  listRatioLinks,
  listYearLines,
  orderFinancialLines,
  sectionInPlan,
  setPlanValues,
  softDeleteIndicator,
  updateFinancialLine,
  updateIndicatorFields,
} from '@/db/queries/admin-indicators';
import { ratioLinkProblem } from '@/lib/domain/figures-ratio';
import { parseNumberInput } from '@/lib/domain/parse-number';
import { fiscalYear, id, LIMITS, name, UNITS } from '@/lib/plans/validation';
import { ActionFailure, defineAction } from './wrapper';

const after = () => revalidatePath('/admin/plans', 'layout');

const indicatorSchema = z
  .object({
    planId: id,
    id: id.optional(),
    sectionId: id.nullable(),
    code: z
      .string()
      .trim()
      .max(LIMITS.code)
      .regex(/^[a-z0-9_.-]*$/),
    name: name(LIMITS.title),
    /** Names the narratives use for the indicator (`保証承諾額`), read by the consistency check. */
    aliases: z.array(name(LIMITS.title)).max(20).optional(),
    unit: z.enum(UNITS),
    scale: z.number().int().min(0).max(4),
    direction: z.enum(['higher', 'lower']),
    yenPrecision: z.enum(['oku', 'man', 'yen']),
    aggregation: z.enum(['sum', 'end', 'annual', 'ratio']),
    /** A ratio's numerator and denominator (indicators of the same plan); both null: entered. Kept when omitted. */
    numeratorId: id.nullable().optional(),
    denominatorId: id.nullable().optional(),
    /** How 計画比・前年度比 are rounded to 0.1% (切り捨て or 四捨五入); kept when omitted. */
    ratioRounding: z.enum(['half_up', 'down']).optional(),
    pairKey: z
      .string()
      .trim()
      .max(LIMITS.code)
      .regex(/^[a-z0-9_.-]*$/),
    measure: z.enum(['count', 'amount']).nullable(),
    allowNegative: z.boolean(),
    /** Typed as people write numbers ('1兆2,000億', '△5'); '' clears. */
    planValues: z.array(z.object({ fiscalYear, text: z.string().max(100) }).strict()).max(3),
  })
  .strict()
  .refine((v) => (v.pairKey === '') === (v.measure === null), { message: 'pairNeedsMeasure', path: ['measure'] });

export const saveIndicator = defineAction(
  'admin.indicator.save',
  indicatorSchema,
  {
    action: 'plan.admin',
    load: ({ tx, user, input }) => {
      const plan = getPlanForAdmin(tx, user.organisationId, input.planId);
      const existing = input.id === undefined ? null : getIndicatorForAdmin(tx, user.organisationId, input.id);
      if (!plan || (input.id !== undefined && existing?.indicator.planId !== plan.id)) return null;
      return { plan, existing };
    },
    target: ({ plan }) => ({ phase: plan.phase }),
  },
  ({ tx, user, input, target: { plan, existing }, audit }) => {
    if (input.sectionId !== null && !sectionInPlan(tx, plan.id, input.sectionId))
      throw new ActionFailure('not_found', { reason: 'sectionMissing' });
    const code = input.code || existing?.indicator.code || `ind_${randomUUID().slice(0, 8)}`;
    if (indicatorCodeTaken(tx, plan.id, code, input.id)) throw new ActionFailure('conflict', { reason: 'duplicateCode', field: 'code' });

    // A ratio's parts: both or neither, of this plan, never itself or back to it through others.
    const isRatio = input.aggregation === 'ratio';
    const numeratorId = isRatio ? (input.numeratorId === undefined ? (existing?.indicator.numeratorId ?? null) : input.numeratorId) : null;
    const denominatorId = isRatio
      ? input.denominatorId === undefined
        ? (existing?.indicator.denominatorId ?? null)
        : input.denominatorId
      : null;
    const problem = isRatio
      ? ratioLinkProblem(listRatioLinks(tx, plan.id), { id: existing?.indicator.id ?? null, numeratorId, denominatorId })
      : null;
    if (problem) throw new ActionFailure('invalid', { reason: problem, field: 'numeratorId' });

    const values: { fiscalYear: number; planValue: number | null }[] = [];
    for (const v of input.planValues) {
      if (v.fiscalYear < plan.startYear || v.fiscalYear > plan.endYear) throw new ActionFailure('invalid', { reason: 'yearOutsidePlan' });
      if (v.text.trim() === '') {
        values.push({ fiscalYear: v.fiscalYear, planValue: null });
        continue;
      }
      const parsed = parseNumberInput(v.text, { unit: input.unit, scale: input.scale, allowNegative: input.allowNegative });
      // The message names the indicator and the year it could not read.
      if (!parsed.ok)
        throw new ActionFailure('invalid', {
          reason: 'planValue',
          parse: parsed.error,
          field: `plan.${v.fiscalYear}`,
          label: input.name,
          year: v.fiscalYear,
        });
      values.push({ fiscalYear: v.fiscalYear, planValue: parsed.value });
    }
    const fields = {
      sectionId: input.sectionId,
      code,
      name: input.name,
      aliases: [...new Set(input.aliases ?? existing?.indicator.aliases ?? [])],
      unit: input.unit,
      scale: input.scale,
      direction: input.direction,
      yenPrecision: input.yenPrecision,
      aggregation: input.aggregation,
      numeratorId,
      denominatorId,
      ratioRounding: input.ratioRounding ?? existing?.indicator.ratioRounding ?? 'half_up',
      pairKey: input.pairKey || null,
      measure: input.measure,
      allowNegative: input.allowNegative,
    };
    let indicatorId: number;
    if (existing) {
      indicatorId = existing.indicator.id;
      updateIndicatorFields(tx, user.organisationId, indicatorId, fields);
    } else {
      indicatorId = insertIndicator(tx, plan.id, fields);
    }
    setPlanValues(tx, indicatorId, values, user.id);
    const before = existing
      ? Object.fromEntries(Object.keys(fields).map((k) => [k, existing.indicator[k as keyof typeof fields]]))
      : undefined;
    audit({
      action: existing ? 'indicator.update' : 'indicator.create',
      entityType: 'indicator',
      entityId: indicatorId,
      before,
      after: { ...fields, planValues: values },
    });
    return { id: indicatorId };
  },
  { after },
);

export const deleteIndicator = defineAction(
  'admin.indicator.delete',
  z.object({ id }).strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getIndicatorForAdmin(tx, user.organisationId, input.id) },
  ({ tx, user, target: row, audit }) => {
    softDeleteIndicator(tx, user.organisationId, row.indicator.id);
    audit({
      action: 'indicator.delete',
      entityType: 'indicator',
      entityId: row.indicator.id,
      before: { name: row.indicator.name, code: row.indicator.code },
    });
    return { id: row.indicator.id };
  },
  { after },
);

const amount = (allowEmpty: boolean) =>
  z
    .string()
    .max(100)
    .refine((s) => allowEmpty || s.trim() !== '');

function parseYen(text: string, field: string, label: string, year: number): number | null {
  if (text.trim() === '') return null;
  const parsed = parseNumberInput(text, { unit: 'yen', allowNegative: true });
  if (!parsed.ok) throw new ActionFailure('invalid', { reason: 'planValue', parse: parsed.error, field, label, year });
  return parsed.value;
}

/** A 決算概要 line: the name is the plan's; amounts are entered with the actuals, the prior year may be set here. */
export const saveFinancialLine = defineAction(
  'admin.financialLine.save',
  z
    .object({ planId: id, id: id.optional(), fiscalYear, name: name(LIMITS.title), sectionId: id.nullable(), priorAmount: amount(true) })
    .strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getPlanForAdmin(tx, user.organisationId, input.planId) },
  ({ tx, user, input, target: plan, audit }) => {
    if (input.fiscalYear < plan.startYear || input.fiscalYear > plan.endYear)
      throw new ActionFailure('invalid', { reason: 'yearOutsidePlan' });
    if (input.sectionId !== null && !sectionInPlan(tx, plan.id, input.sectionId))
      throw new ActionFailure('not_found', { reason: 'sectionMissing' });
    const lines = listYearLines(tx, plan.id, input.fiscalYear);
    if (lines.some((l) => l.name === input.name && l.id !== input.id))
      throw new ActionFailure('conflict', { reason: 'duplicateLine', field: 'name' });
    const priorAmount = parseYen(input.priorAmount, 'priorAmount', input.name, input.fiscalYear - 1);
    const values = { name: input.name, sectionId: input.sectionId, priorAmount };
    if (input.id !== undefined) {
      const row = getFinancialLineForAdmin(tx, user.organisationId, input.id);
      if (!row || row.line.planId !== plan.id) throw new ActionFailure('not_found');
      updateFinancialLine(tx, user.organisationId, row.line.id, values);
      audit({
        action: 'financialLine.update',
        entityType: 'financial_line',
        entityId: row.line.id,
        before: { name: row.line.name, sectionId: row.line.sectionId, priorAmount: row.line.priorAmount },
        after: values,
      });
      return { id: row.line.id };
    }
    const lineId = insertFinancialLine(tx, {
      planId: plan.id,
      fiscalYear: input.fiscalYear,
      ...values,
      sortOrder: (lines.at(-1)?.sortOrder ?? -1) + 1,
    });
    audit({
      action: 'financialLine.create',
      entityType: 'financial_line',
      entityId: lineId,
      after: { fiscalYear: input.fiscalYear, ...values },
    });
    return { id: lineId };
  },
  { after },
);

export const moveFinancialLine = defineAction(
  'admin.financialLine.move',
  z.object({ id, move: z.enum(['up', 'down']) }).strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getFinancialLineForAdmin(tx, user.organisationId, input.id) },
  ({ tx, user, input, target: row, audit }) => {
    const ids = listYearLines(tx, row.line.planId, row.line.fiscalYear).map((l) => l.id);
    const at = ids.indexOf(row.line.id);
    const to = input.move === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) throw new ActionFailure('invalid', { reason: 'cannotMove' });
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    orderFinancialLines(tx, user.organisationId, ids);
    audit({
      action: 'financialLine.move',
      entityType: 'financial_line',
      entityId: row.line.id,
      before: { position: at },
      after: { position: to },
    });
    return { id: row.line.id };
  },
  { after },
);

export const removeFinancialLine = defineAction(
  'admin.financialLine.delete',
  z.object({ id }).strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getFinancialLineForAdmin(tx, user.organisationId, input.id) },
  ({ tx, user, target: row, audit }) => {
    if (row.line.amount !== null) throw new ActionFailure('conflict', { reason: 'lineHasAmount' });
    deleteFinancialLine(tx, user.organisationId, row.line.id);
    audit({ action: 'financialLine.delete', entityType: 'financial_line', entityId: row.line.id, before: row.line });
    return { id: row.line.id };
  },
  { after },
);
