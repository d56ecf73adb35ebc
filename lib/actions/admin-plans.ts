'use server';
import type { OpinionsForm } from '@/lib/domain/types';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  departmentIdsByCode,
  findSamePlan,
  getPlanForAdmin,
  insertPlan,
  insertPlanStructure,
  loadSourcePlan,
  shiftPlanYears,
  updatePlanSettings,
} from '@/db/queries/admin-plans';
import { copyStructure, shiftDate } from '@/lib/plans/copy';
import { type DisplayUnit, NUMBERING_STYLES, type NumberingStyle } from '@/lib/domain/types';
import { DISPLAY_UNITS } from '@/lib/domain/units';
import { EMPTY_STRUCTURE } from '@/lib/plans/structure';
import { getOrganisationSettings } from '@/db/queries/admin-organisation';
import { renumberTemplate } from '@/lib/plans/renumber';
import { BUILT_IN_TEMPLATES, builtInTemplate, DEFAULT_RATING_SCALE } from '@/lib/plans/template';
import { type PlanTemplate, parseTemplate, TEMPLATE_MAX_BYTES, templateStructure } from '@/lib/plans/template-file';
import { deadlinesInOrder, fiscalYear, id, LIMITS, name, optionalDate, ratingScale, version } from '@/lib/plans/validation';
import { ActionFailure, defineAction, organisation } from './wrapper';

const endYearOf = (kind: 'annual' | 'midterm', startYear: number) => (kind === 'annual' ? startYear : startYear + 2);

export const createPlan = defineAction(
  'admin.plan.create',
  z
    .object({
      kind: z.enum(['annual', 'midterm']),
      startYear: fiscalYear,
      title: name(LIMITS.title),
      documentTitle: z.string().trim().max(LIMITS.title).optional(),
      source: z.enum(['empty', 'template', 'import', 'copy']),
      sourcePlanId: id.optional(),
      /** A shipped template (source 'template'). */
      template: z.enum(BUILT_IN_TEMPLATES).optional(),
      /** The text of a template file (source 'import'), checked by parseTemplate. */
      file: z
        .string()
        .max(TEMPLATE_MAX_BYTES * 2)
        .optional(),
    })
    .strict(),
  { action: 'plan.admin', load: organisation },
  ({ tx, user, input, audit }) => {
    const endYear = endYearOf(input.kind, input.startYear);
    if (findSamePlan(tx, user.organisationId, input.kind, input.startYear))
      throw new ActionFailure('conflict', { reason: 'duplicatePlan' });
    let structure = EMPTY_STRUCTURE;
    let extra: {
      ratingScale: { grade: string; meaning: string }[] | null;
      independentReview: boolean;
      entryDeadline: string | null;
      reviewDeadline: string | null;
      publishDeadline: string | null;
      opinionsForm: OpinionsForm;
      numbering: NumberingStyle[] | null;
      displayUnit: DisplayUnit | null;
    } = {
      numbering: ['arabic_dot'],
      displayUnit: null,
      ratingScale: null,
      independentReview: false,
      entryDeadline: null,
      reviewDeadline: null,
      publishDeadline: null,
      opinionsForm: 'grouped',
    };
    if (input.source === 'copy') {
      const source = input.sourcePlanId ? getPlanForAdmin(tx, user.organisationId, input.sourcePlanId) : null;
      if (!source) throw new ActionFailure('not_found', { reason: 'sourceMissing' });
      structure = copyStructure(loadSourcePlan(tx, source), { startYear: input.startYear, endYear });
      const shift = input.startYear - source.startYear;
      extra = {
        ratingScale: source.ratingScale,
        independentReview: source.independentReview,
        entryDeadline: shiftDate(source.entryDeadline, shift),
        reviewDeadline: shiftDate(source.reviewDeadline, shift),
        publishDeadline: shiftDate(source.publishDeadline, shift),
        // Section 6 keeps the form the corporation publishes it in.
        opinionsForm: source.opinionsForm,
        numbering: source.numbering,
        displayUnit: source.displayUnit,
      };
    } else if (input.source === 'template' || input.source === 'import') {
      let template: PlanTemplate;
      if (input.source === 'template') template = builtInTemplate(input.template ?? 'standard');
      else {
        const read = parseTemplate(input.file ?? '');
        if (!read.ok) throw new ActionFailure('invalid', { reason: 'templateFile', problems: read.errors });
        template = read.template;
      }
      structure = templateStructure(template, { startYear: input.startYear, endYear }, departmentIdsByCode(tx, user.organisationId));
      if (input.source === 'template') {
        // A shipped template's numbers are written in the organisation's heading digits; an imported file keeps its own.
        const digits = getOrganisationSettings(tx, user.organisationId)?.headingDigits ?? 'full';
        structure = { ...structure, sections: renumberTemplate(structure.sections, template.numbering, digits) };
      }
      extra.ratingScale = DEFAULT_RATING_SCALE;
      extra.numbering = template.numbering;
      extra.displayUnit = template.displayUnit;
    }
    const planId = insertPlan(tx, {
      organisationId: user.organisationId,
      kind: input.kind,
      title: input.title,
      documentTitle: input.documentTitle || null,
      startYear: input.startYear,
      endYear,
      phase: 'planning',
      ...extra,
    });
    const counts = insertPlanStructure(tx, planId, structure);
    audit({ action: 'plan.create', entityType: 'plan', entityId: planId, after: { ...input, endYear, ...counts } });
    return { id: planId };
  },
  { after: () => revalidatePath('/admin/plans') },
);

export const updatePlan = defineAction(
  'admin.plan.update',
  z
    .object({
      planId: id,
      version,
      title: name(LIMITS.title),
      /** Printed exactly as written on the cover and the downloads; empty = the plan's name. */
      documentTitle: z.string().trim().max(LIMITS.title).optional(),
      /** Heading number style per level, top level first. */
      numbering: z.array(z.enum(NUMBERING_STYLES)).max(6).optional(),
      /** The plan's money-table unit; null = the organisation's default. */
      displayUnit: z.enum(DISPLAY_UNITS).nullable().optional(),
      startYear: fiscalYear,
      ratingScale,
      independentReview: z.boolean(),
      entryDeadline: optionalDate,
      reviewDeadline: optionalDate,
      publishDeadline: optionalDate,
    })
    .strict(),
  { action: 'plan.admin', load: ({ tx, user, input }) => getPlanForAdmin(tx, user.organisationId, input.planId) },
  ({ tx, user, input, target: plan, audit }) => {
    if (!deadlinesInOrder(input.entryDeadline, input.reviewDeadline, input.publishDeadline)) {
      throw new ActionFailure('invalid', { reason: 'deadlineOrder' });
    }
    const delta = input.startYear - plan.startYear;
    if (delta !== 0) {
      // Values already entered belong to their year: the period moves only while planning.
      if (plan.phase !== 'planning') throw new ActionFailure('locked', { reason: 'periodLocked' });
      if (findSamePlan(tx, user.organisationId, plan.kind, input.startYear, plan.id))
        throw new ActionFailure('conflict', { reason: 'duplicatePlan' });
    }
    const settings = {
      title: input.title,
      documentTitle: input.documentTitle === undefined ? plan.documentTitle : input.documentTitle || null,
      numbering: input.numbering === undefined ? plan.numbering : input.numbering,
      displayUnit: input.displayUnit === undefined ? plan.displayUnit : input.displayUnit,
      startYear: input.startYear,
      endYear: endYearOf(plan.kind, input.startYear),
      ratingScale: input.ratingScale.length ? input.ratingScale : null,
      independentReview: input.independentReview,
      entryDeadline: input.entryDeadline,
      reviewDeadline: input.reviewDeadline,
      publishDeadline: input.publishDeadline,
    };
    if (updatePlanSettings(tx, plan.id, input.version, settings) === 0) throw new ActionFailure('conflict');
    shiftPlanYears(tx, plan.id, delta);
    const before = Object.fromEntries(Object.keys(settings).map((k) => [k, plan[k as keyof typeof settings]]));
    audit({ action: 'plan.update', entityType: 'plan', entityId: plan.id, before, after: settings });
    return { version: input.version + 1 };
  },
  { after: () => revalidatePath('/admin/plans', 'layout') },
);
