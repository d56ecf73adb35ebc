// Renumbering a plan's outline: each heading gets the number its style gives its position among
// the numbered siblings (the plan's style for its level, or the section's own). Kinds that
// never print a heading (the preface, the tables) are never numbered.
import { formatHeadingNumber, styleForLevel } from '@/lib/domain/numbering';
import type { HeadingDigits, NumberingStyle, SectionKind } from '@/lib/domain/types';

export type OutlineRow = {
  id: number;
  parentId: number | null;
  sortOrder: number;
  kind: SectionKind;
  number: string;
  numberStyle: NumberingStyle | null;
};

const UNNUMBERED: ReadonlySet<SectionKind> = new Set(['preface', 'kpi_table', 'financial_table']);

/**
 * The new number of every section under `rootId` (null: the whole plan), at every level below it.
 * Returns only the sections whose number changes.
 */
export function renumberOutline(
  rows: readonly OutlineRow[],
  levels: readonly NumberingStyle[] | null,
  digits: HeadingDigits,
  rootId: number | null = null,
): Map<number, string> {
  const children = new Map<number | null, OutlineRow[]>();
  for (const r of rows) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depthOf = (id: number | null): number => {
    let depth = 0;
    for (let at = id === null ? undefined : byId.get(id); at; at = at.parentId === null ? undefined : byId.get(at.parentId)) depth++;
    return depth;
  };

  const changes = new Map<number, string>();
  const walk = (parentId: number | null, depth: number) => {
    let ordinal = 0;
    for (const r of children.get(parentId) ?? []) {
      const style = UNNUMBERED.has(r.kind) ? 'none' : (r.numberStyle ?? styleForLevel(levels, depth));
      const number = style === 'none' ? '' : formatHeadingNumber(style, ++ordinal, digits);
      if (number !== r.number) changes.set(r.id, number);
      walk(r.id, depth + 1);
    }
  };
  walk(rootId, depthOf(rootId));
  return changes;
}

/** A new plan's sections (from a template) numbered in its styles and the organisation's digits. */
export function renumberTemplate<S extends { key: string; parentKey: string | null; sortOrder: number; kind: SectionKind; number: string }>(
  sections: readonly S[],
  levels: readonly NumberingStyle[] | null,
  digits: HeadingDigits,
): S[] {
  const idOf = new Map(sections.map((s, i) => [s.key, i + 1]));
  const rows = sections.map((s, i) => ({
    id: i + 1,
    parentId: s.parentKey === null ? null : (idOf.get(s.parentKey) ?? null),
    sortOrder: s.sortOrder,
    kind: s.kind,
    number: s.number,
    numberStyle: null,
  }));
  const changes = renumberOutline(rows, levels, digits);
  return sections.map((s, i) => (changes.has(i + 1) ? { ...s, number: changes.get(i + 1)! } : s));
}
