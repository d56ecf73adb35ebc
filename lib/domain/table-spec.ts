// A report table as data: its title, the label of the row-name column, its columns (which figure
// and the label printed over it), the note under it (※…), its unit and the order of its rows.
// Stored on the table's section (sections.table_spec); a section without one prints the neutral
// default of its kind. Which table a section prints is decided by its kind, never its title.
import { z } from 'zod';
import type { DisplayUnit, PlanKind, SectionKind } from '@/lib/domain/types';
import { DISPLAY_UNITS } from '@/lib/domain/units';

/** The three table layouts: the annual KPI pairs, the financial lines, the mid-term KPIs per year. */
export type TableKind = 'kpi' | 'financial' | 'midterm';

/** Which layout a table section prints: its kind decides, in the plan's kind; null for other sections. */
export function tableKindOf(kind: SectionKind, planKind: PlanKind): TableKind | null {
  if (kind === 'financial_table') return 'financial';
  if (kind === 'kpi_table') return planKind === 'midterm' ? 'midterm' : 'kpi';
  return null;
}

export const COLUMN_KEYS = ['year', 'count', 'amount', 'plan', 'plan_ratio', 'yoy', 'count_yoy', 'change', 'prior', 'status'] as const;
export type TableColumnKey = (typeof COLUMN_KEYS)[number];

/** The figures each layout can print. */
export const COLUMNS_OF: Record<TableKind, readonly TableColumnKey[]> = {
  kpi: ['count', 'amount', 'plan', 'plan_ratio', 'yoy', 'count_yoy', 'change', 'prior', 'status'],
  financial: ['amount', 'prior', 'change', 'yoy'],
  midterm: ['year', 'count', 'amount', 'plan', 'plan_ratio', 'yoy', 'change', 'prior', 'status'],
};

/**
 * The words a table prints of its own: the result against plan (the 'status' column, by the
 * indicator's direction: a lower-is-better KPI below its plan is ahead) and, in a mid-term table,
 * the label of the period's row (a total for flows, the last year's value for balances). A
 * document words them its own way; these are the defaults a spec overrides.
 */
export type TableWords = { ahead: string; on_track: string; behind: string; periodTotal: string; periodEnd: string };
export const TABLE_WORDS: TableWords = { ahead: '達成', on_track: '概ね達成', behind: '未達', periodTotal: '期間計', periodEnd: '期末' };
export const TABLE_WORD_KEYS = Object.keys(TABLE_WORDS) as (keyof TableWords)[];

/** The spec's words over the defaults. */
export function tableWords(spec: Pick<TableSpec, 'words'>): TableWords {
  return { ...TABLE_WORDS, ...spec.words };
}

/** Columns whose value can carry its year-on-year ratio in parentheses (`74,291 件 （94.4%）`). */
export const WITH_YOY: ReadonlySet<TableColumnKey> = new Set(['count', 'amount']);

export type TableColumn = { key: TableColumnKey; label: string; withYoy?: boolean };

export type TableSpec = {
  /** '' prints the section's title (used as the sheet name and the table's accessible name). */
  title: string;
  /** The header of the row-name column. */
  stubLabel: string;
  columns: TableColumn[];
  /** Printed under the table; '' for none. */
  note: string;
  /** null: the organisation's display unit. */
  unit: DisplayUnit | null;
  /** Row keys (a KPI's pair key, a financial line's name) in print order; rows not listed follow. */
  rowOrder: string[];
  /** The table's own words where they differ from TABLE_WORDS (absent: all the defaults). */
  words?: Partial<TableWords>;
};

const DEFAULTS: Record<TableKind, TableSpec> = {
  kpi: {
    title: '',
    stubLabel: '',
    columns: [
      { key: 'count', label: '件数' },
      { key: 'amount', label: '金額' },
      { key: 'plan', label: '計画' },
      { key: 'plan_ratio', label: '計画比' },
      { key: 'yoy', label: '前年度比' },
    ],
    note: '',
    unit: null,
    rowOrder: [],
  },
  financial: {
    title: '',
    stubLabel: '項目',
    columns: [
      { key: 'amount', label: '金額' },
      { key: 'prior', label: '前年度' },
      { key: 'change', label: '増減額' },
    ],
    note: '',
    unit: null,
    rowOrder: [],
  },
  midterm: {
    title: '',
    stubLabel: '',
    columns: [
      { key: 'year', label: '年度' },
      { key: 'amount', label: '金額' },
      { key: 'plan', label: '計画値' },
      { key: 'plan_ratio', label: '対計画比' },
      { key: 'yoy', label: '対前年度比' },
    ],
    note: '',
    unit: null,
    rowOrder: [],
  },
};

export const defaultTableSpec = (kind: TableKind): TableSpec => structuredClone(DEFAULTS[kind]);

/** The spec a table prints with: the stored one, else its kind's default. */
export function effectiveSpec(kind: TableKind, stored: TableSpec | null | undefined): TableSpec {
  return stored ?? defaultTableSpec(kind);
}

/** Items in `order` first (by key), then the rest in their own order. */
export function inRowOrder<T>(items: readonly T[], keyOf: (t: T) => string, order: readonly string[]): T[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  const at = (t: T) => rank.get(keyOf(t)) ?? Number.MAX_SAFE_INTEGER;
  return items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => at(a.t) - at(b.t) || a.i - b.i)
    .map((x) => x.t);
}

const text = (max: number) => z.string().trim().max(max);

/** What a save accepts; the columns are checked against the table's layout by `specProblems`. */
export const tableSpecSchema = z
  .object({
    title: text(200),
    stubLabel: text(50),
    columns: z
      .array(z.object({ key: z.enum(COLUMN_KEYS), label: text(50).min(1), withYoy: z.boolean().optional() }).strict())
      .min(1)
      .max(12),
    note: text(500),
    unit: z.enum(DISPLAY_UNITS).nullable(),
    rowOrder: z.array(text(200)).max(200),
    words: z
      .object(Object.fromEntries(TABLE_WORD_KEYS.map((k) => [k, text(20).min(1)])) as Record<keyof TableWords, z.ZodString>)
      .partial()
      .strict()
      .optional(),
  })
  .strict();

/** Why a spec does not fit its layout: a column the layout has no figure for, or one given twice. */
export function specProblems(kind: TableKind, spec: TableSpec): ('columnNotInTable' | 'duplicateColumn')[] {
  const problems = new Set<'columnNotInTable' | 'duplicateColumn'>();
  const seen = new Set<string>();
  for (const c of spec.columns) {
    if (!COLUMNS_OF[kind].includes(c.key)) problems.add('columnNotInTable');
    if (seen.has(c.key)) problems.add('duplicateColumn');
    seen.add(c.key);
  }
  return [...problems];
}
