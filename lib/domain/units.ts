// The unit words of indicator values, as the documents print them: the one table that the
// formatter (money.ts), the parser (parse-number.ts) and the workbook (lib/excel) read.
import type { DisplayUnit, IndicatorUnit } from './types';

export const UNIT_WORD: Readonly<Record<IndicatorUnit, string>> = Object.freeze({
  yen: '円',
  cases: '件',
  businesses: '者',
  companies: '社',
  clients: '先',
  institutions: '機関',
  times: '回',
  multiple: '倍',
  percent: '％',
});

// Display units of money tables. 'oku' is the mixed 兆/億/万 form (1兆1,064億円: its name is
// historical); the others print a bare number in the unit, with 「（単位：百万円）」 above the table.
export const DISPLAY_UNITS: readonly DisplayUnit[] = ['oku', 'hundred_million', 'million', 'man', 'thousand', 'yen'];

/** The unit word a number in this unit is followed by (the mixed form is charted in 億円). */
export const DISPLAY_UNIT_WORD: Readonly<Record<DisplayUnit, string>> = {
  oku: '億円',
  hundred_million: '億円',
  million: '百万円',
  man: '万円',
  thousand: '千円',
  yen: '円',
};

/** Yen per unit, for chart coordinates. */
export const DISPLAY_UNIT_YEN: Readonly<Record<DisplayUnit, number>> = {
  oku: 1e8,
  hundred_million: 1e8,
  million: 1e6,
  man: 1e4,
  thousand: 1e3,
  yen: 1,
};

/** 「（単位：百万円）」 above a table in a plain unit; none for the mixed form, whose figures carry their units. */
export function unitNote(unit: DisplayUnit): string | null {
  return unit === 'oku' ? null : `（単位：${DISPLAY_UNIT_WORD[unit]}）`;
}
