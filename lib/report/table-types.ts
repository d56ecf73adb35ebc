// A report table in two projections: as the document prints it, and as numbers for export.

/** 'yen': whole yen; 'amount': a number in the table's unit (百万円 …), named by the column's unitWord. */
export type CellFormat = 'text' | 'yen' | 'amount' | 'count' | 'ratio';

export type ExportColumn = { header: string; format: CellFormat; unitWord?: string };

export type ReportTable = {
  key: 'kpi' | 'financial' | 'midterm';
  /** Used as the sheet name and the CSV block title. */
  title: string;
  /** e.g. （単位：百万円） when the table is in a display unit; null for 兆/億 amounts. */
  unitNote: string | null;
  display: { head: string[]; rows: string[][]; align: ('left' | 'right')[] };
  /** Printed under the table (※カッコ内の数値は対前年度比を示しています。). */
  note: string | null;
  /**
   * The table's own columns as numbers: yen as whole yen (or in the table's plain unit), counts as
   * integers, ratios as fractions (0.922 = 92.2%).
   */
  export: { columns: ExportColumn[]; rows: (string | number | null)[][] };
};
