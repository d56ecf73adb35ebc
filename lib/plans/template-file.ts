// Plan templates as data files: the outline (sections with numbers and owners by department
// code), the indicators and the 決算概要 line names, exported from a plan and imported into a
// new one as JSON. Read with zod; every problem is reported in Japanese with where it is.
import { z } from 'zod';
import { DISPLAY_UNITS } from '@/lib/domain/units';
import { tableSpecSchema } from '@/lib/domain/table-spec';
import { NUMBERING_STYLES } from '@/lib/domain/types';
import type { SourcePlan } from './copy';
import { type PlanStructure, planYears } from './structure';

export const TEMPLATE_FORMAT = 'hyoka-template';
/** Larger files are refused before they are parsed. */
export const TEMPLATE_MAX_BYTES = 1_000_000;

const SECTION_KINDS = ['preface', 'heading', 'narrative', 'kpi_table', 'financial_table', 'initiative', 'committee_opinions'] as const;
const text = (max: number) => z.string().trim().max(max);

const section = z
  .object({
    key: z.string().trim().min(1).max(100),
    parent: z.string().trim().max(100).nullable().default(null),
    number: text(20).default(''),
    title: text(200).min(1),
    kind: z.enum(SECTION_KINDS),
    /** The owning department's code (保証部門 = 'hosho' …); left without owner when the organisation has no such code. */
    department: z.string().trim().max(32).nullable().default(null),
    /** A table section's title, columns, note, unit and row order (lib/domain/table-spec.ts); null = the default of its kind. */
    table: tableSpecSchema.nullable().default(null),
  })
  .strict();

const indicator = z
  .object({
    section: z.string().trim().max(100).nullable().default(null),
    code: z.string().trim().min(1).max(64),
    name: text(200).min(1),
    aliases: z.array(text(100)).max(20).default([]),
    unit: z.enum(['yen', 'cases', 'businesses', 'companies', 'clients', 'institutions', 'times', 'multiple', 'percent']),
    scale: z.number().int().min(0).max(6).default(0),
    direction: z.enum(['higher', 'lower']).default('higher'),
    ratioRounding: z.enum(['half_up', 'down']).default('half_up'),
    yenPrecision: z.enum(['oku', 'man', 'yen']).default('oku'),
    pairKey: z.string().trim().max(64).nullable().default(null),
    measure: z.enum(['count', 'amount']).nullable().default(null),
    aggregation: z.enum(['sum', 'end', 'annual', 'ratio']).default('sum'),
    /** A ratio's numerator and denominator: codes of indicators of the same template. */
    numerator: z.string().trim().max(64).nullable().default(null),
    denominator: z.string().trim().max(64).nullable().default(null),
    allowNegative: z.boolean().default(false),
  })
  .strict();

export const templateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    version: z.literal(1),
    name: text(200).min(1),
    numbering: z.array(z.enum(NUMBERING_STYLES)).max(6).default(['arabic_dot']),
    displayUnit: z.enum(DISPLAY_UNITS).nullable().default(null),
    sections: z.array(section).max(2000),
    indicators: z.array(indicator).max(5000).default([]),
    financialLines: z
      .array(z.object({ section: z.string().trim().max(100).nullable().default(null), name: text(200).min(1) }).strict())
      .max(200)
      .default([]),
  })
  .strict();

export type PlanTemplate = z.infer<typeof templateSchema>;
export type TemplateResult = { ok: true; template: PlanTemplate } | { ok: false; errors: string[] };

const where = (path: PropertyKey[]) =>
  path.length
    ? path
        .map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : '（全体）';

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'がありません' : 'の形式が違います';
    case 'invalid_value':
      return `は次のいずれかにしてください：${issue.values.map(String).join(' / ')}`;
    case 'too_big':
      return 'が長すぎるか多すぎます';
    case 'too_small':
      return 'が空です';
    case 'unrecognized_keys':
      return `に知らない項目があります：${issue.keys.join(', ')}`;
    default:
      return 'を読み取れません';
  }
}

/** Reads and checks a template file: JSON, the format, then the references between its parts. */
export function parseTemplate(source: string): TemplateResult {
  if (Buffer.byteLength(source, 'utf8') > TEMPLATE_MAX_BYTES) return { ok: false, errors: ['ファイルが大きすぎます（1MBまで）。'] };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return { ok: false, errors: [`JSONとして読み取れません：${(e as Error).message}`] };
  }
  if ((json as { format?: unknown } | null)?.format !== TEMPLATE_FORMAT)
    return { ok: false, errors: [`Hyoka のテンプレートファイルではありません（format が "${TEMPLATE_FORMAT}" ではありません）。`] };
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.slice(0, 20).map((i) => `${where(i.path)} ${issueText(i)}`) };
  const t = parsed.data;
  const errors: string[] = [];
  const keys = new Set<string>();
  t.sections.forEach((s, i) => {
    if (keys.has(s.key)) errors.push(`sections[${i + 1}] のキー "${s.key}" が重複しています`);
    keys.add(s.key);
  });
  const parentOf = new Map(t.sections.map((s) => [s.key, s.parent]));
  t.sections.forEach((s, i) => {
    if (s.parent !== null && !keys.has(s.parent)) errors.push(`sections[${i + 1}] の親 "${s.parent}" がありません`);
    const seen = new Set<string>();
    for (let at: string | null | undefined = s.key; at; at = parentOf.get(at)) {
      if (seen.has(at)) {
        errors.push(`sections[${i + 1}] "${s.key}" の親をたどると循環しています`);
        break;
      }
      seen.add(at);
    }
  });
  const codes = new Set<string>();
  t.indicators.forEach((ind, i) => {
    if (codes.has(ind.code)) errors.push(`indicators[${i + 1}] のコード "${ind.code}" が重複しています`);
    codes.add(ind.code);
    if (ind.section !== null && !keys.has(ind.section)) errors.push(`indicators[${i + 1}] のセクション "${ind.section}" がありません`);
    if (ind.pairKey && !ind.measure) errors.push(`indicators[${i + 1}] は組（pairKey）があるので measure（count / amount）が必要です`);
  });
  t.financialLines.forEach((l, i) => {
    if (l.section !== null && !keys.has(l.section)) errors.push(`financialLines[${i + 1}] のセクション "${l.section}" がありません`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, template: t };
}

/** A new plan's contents from a template: empty values for each of its years. */
export function templateStructure(
  t: PlanTemplate,
  years: { startYear: number; endYear: number },
  departmentIdByCode: ReadonlyMap<string, number>,
): PlanStructure {
  const fiscalYears = planYears(years.startYear, years.endYear);
  const order = new Map<string | null, number>();
  const sections = t.sections.map((s) => {
    const sortOrder = order.get(s.parent) ?? 0;
    order.set(s.parent, sortOrder + 1);
    return {
      key: s.key,
      parentKey: s.parent,
      number: s.number,
      title: s.title,
      kind: s.kind,
      departmentId: s.department === null ? null : (departmentIdByCode.get(s.department) ?? null),
      sortOrder,
      tableSpec: s.table,
    };
  });
  const indicators = t.indicators.map(({ section, numerator, denominator, ...ind }, i) => ({
    ...ind,
    numeratorCode: numerator,
    denominatorCode: denominator,
    sectionKey: section,
    sortOrder: i,
    values: fiscalYears.map((fiscalYear) => ({ fiscalYear, planValue: null, priorActualValue: null })),
  }));
  const financialLines = fiscalYears.flatMap((fiscalYear) =>
    t.financialLines.map((l, i) => ({ sectionKey: l.section, fiscalYear, name: l.name, priorAmount: null, sortOrder: i })),
  );
  return { sections, indicators, financialLines };
}

/** A plan's outline as a template file (no values, no narratives). */
export function planTemplate(
  source: SourcePlan,
  meta: { name: string; numbering: PlanTemplate['numbering'] | null; displayUnit: PlanTemplate['displayUnit'] },
  departmentCodeById: ReadonlyMap<number, string>,
): PlanTemplate {
  const byId = new Map(source.sections.map((s) => [s.id, s]));
  const depth = (id: number | null): number => {
    let d = 0;
    for (let at = id === null ? undefined : byId.get(id); at; at = at.parentId === null ? undefined : byId.get(at.parentId)) d++;
    return d;
  };
  // Parents before children, siblings in their order.
  const sorted = [...source.sections].sort((a, b) => depth(a.id) - depth(b.id) || a.sortOrder - b.sortOrder || a.id - b.id);
  const keyOf = (id: number | null) => (id === null ? null : (byId.get(id)?.key ?? null));
  const lastLines = source.financialLines.filter((l) => l.fiscalYear === source.endYear).sort((a, b) => a.sortOrder - b.sortOrder);
  return {
    format: TEMPLATE_FORMAT,
    version: 1,
    name: meta.name,
    numbering: meta.numbering ?? [],
    displayUnit: meta.displayUnit,
    sections: sorted.map((s) => ({
      key: s.key,
      parent: keyOf(s.parentId),
      number: s.number,
      title: s.title,
      kind: s.kind,
      department: s.departmentId === null ? null : (departmentCodeById.get(s.departmentId) ?? null),
      table: s.tableSpec ?? null,
    })),
    indicators: source.indicators.map((ind) => ({
      section: keyOf(ind.sectionId),
      code: ind.code,
      name: ind.name,
      aliases: ind.aliases,
      unit: ind.unit,
      scale: ind.scale,
      direction: ind.direction,
      ratioRounding: ind.ratioRounding,
      yenPrecision: ind.yenPrecision,
      pairKey: ind.pairKey,
      measure: ind.measure,
      aggregation: ind.aggregation,
      numerator: ind.numeratorCode ?? null,
      denominator: ind.denominatorCode ?? null,
      allowNegative: ind.allowNegative,
    })),
    financialLines: lastLines.map((l) => ({ section: keyOf(l.sectionId), name: l.name })),
  };
}
