// A report table in two projections: as the document prints it, and as numbers for export.

export type CellFormat = 'text' | 'yen' | 'count' | 'ratio';

export type ReportTable = {
  key: 'kpi' | 'financial' | 'midterm';
  /** Used as the sheet name and the CSV block title. */
  title: string;
  /** e.g. （単位：百万円） when the table is in a display unit; null for 兆/億 amounts. */
  unitNote: string | null;
  display: { head: string[]; rows: string[][]; align: ('left' | 'right')[] };
  /** Printed under the table (※カッコ内の数値は対前年度比を示しています。). */
  note: string | null;
  /** Yen as whole yen, counts as integers, ratios as fractions (0.922 = 92.2%). */
  export: { columns: { header: string; format: CellFormat }[]; rows: (string | number | null)[][] };
};
