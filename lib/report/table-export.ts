// A report table's export projection (report.xlsx, report.csv): the same columns as the table the
// plan set up (its spec: which figures, their labels, the 前年度比 added in brackets as a column
// of its own), with numbers instead of strings, amounts in the table's unit. Pure.
import { WITH_YOY, type TableColumnKey, type TableSpec } from '@/lib/domain/table-spec';
import type { DisplayUnit } from '@/lib/domain/types';
import { DISPLAY_UNIT_WORD, DISPLAY_UNIT_YEN } from '@/lib/domain/units';
import type { CellFormat, ExportColumn } from './table-types';

/** A row's figures by column key: amounts in whole yen, ratios as fractions, counts, or words. */
export type ExportValues = Partial<Record<TableColumnKey, string | number | null>>;

const FORMAT: Record<TableColumnKey, Exclude<CellFormat, 'amount'>> = {
  year: 'text',
  status: 'text',
  count: 'count',
  amount: 'yen',
  plan: 'yen',
  change: 'yen',
  prior: 'yen',
  plan_ratio: 'ratio',
  yoy: 'ratio',
  count_yoy: 'ratio',
};

/**
 * The exported columns and a row builder. The mixed 兆/億/万 form and 円 export whole yen; a plain
 * unit (百万円, 千円 …) exports the amount in that unit, named in the header, as the table prints it.
 */
export function exportLayout(spec: TableSpec, unit: DisplayUnit) {
  const inYen = unit === 'oku' || unit === 'yen';
  const columns: ExportColumn[] = [{ header: spec.stubLabel || '項目', format: 'text' }];
  const cells: ((v: ExportValues, yoy: Record<'count' | 'amount', number | null>) => string | number | null)[] = [];
  for (const c of spec.columns) {
    const format = FORMAT[c.key];
    if (format === 'yen' && !inYen) {
      columns.push({ header: c.label, format: 'amount', unitWord: DISPLAY_UNIT_WORD[unit] });
      cells.push((v) => scaled(v[c.key], DISPLAY_UNIT_YEN[unit]));
    } else {
      columns.push({ header: c.label, format });
      cells.push((v) => v[c.key] ?? null);
    }
    if (c.withYoy && WITH_YOY.has(c.key)) {
      const measure = c.key as 'count' | 'amount';
      columns.push({ header: `${c.label} 対前年度比`, format: 'ratio' });
      cells.push((_, yoy) => yoy[measure]);
    }
  }
  const row = (stub: string, values: ExportValues, yoy: Record<'count' | 'amount', number | null> = { count: null, amount: null }) => [
    stub,
    ...cells.map((cell) => cell(values, yoy)),
  ];
  return { columns, row };
}

function scaled(v: string | number | null | undefined, perUnit: number): number | null {
  if (typeof v !== 'number') return null;
  return v / perUnit;
}
