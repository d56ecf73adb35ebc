// Shape of the demo data modules. The loader (db/seed/load.ts) turns these into rows.
import type { TableSpec } from '@/lib/domain/table-spec';
import type { Direction, IndicatorUnit, RatioRounding, SectionKind } from '@/lib/domain/types';

/** Department codes used by the demo organisation. */
export type DeptCode =
  | 'kikaku' // 企画部 (planning department, admin)
  | 'keiri' // 経理部
  | 'hosho' // 保証部門
  | 'shien' // 経営支援部門
  | 'kanri' // 期中管理部門
  | 'kaishu' // 回収部門
  | 'somu' // 総務部 (BCP, 広報, SDGs)
  | 'system' // システム部
  | 'compliance'; // コンプライアンス統括部

export type SeedIndicator = {
  /** Stable code, unique within a plan, e.g. 'guarantee_approvals_amount'. */
  code: string;
  name: string;
  /** Other names the narrative uses for it, for the consistency checker. */
  aliases?: string[];
  unit: IndicatorUnit;
  /** Optional counter word printed after the number when `unit` has no fitting one,
   *  e.g. '金融機関' for 28 金融機関 (stored with unit 'cases'). */
  unitLabel?: string;
  /** Decimal places of the stored integer: 1.13倍 with scale 2 is stored as 113. */
  scale?: number;
  direction: Direction;
  ratioRounding?: RatioRounding;
  /** Count/amount pair of 事業計画: same pairKey, measure 'count' or 'amount'. */
  pairKey?: string;
  measure?: 'count' | 'amount';
  /** How monthly values relate to the annual one: 'sum' (flows add up to the annual actual),
   *  'end' (balances: March equals the annual actual), 'annual' (no monthly values). */
  aggregation: 'sum' | 'end' | 'annual';
  /** Values as stored integers (yen for money). null = not applicable / not printed. */
  plan: number | null;
  actual: number | null;
  /** FY2023 actual (the prior-year value of FY2024). */
  prior: number | null;
};

export type SeedSection = {
  /** Stable key, unique in the plan, e.g. 'kpi.approvals', 'init.hosho.denshika'. */
  key: string;
  /** Display number as the document prints it ('1', '2', '' for unnumbered). */
  number: string;
  title: string;
  /** True when the document prints no heading for this section (前文, the tables, the
   *  narrative after the 収支計算書): `title` is then only for navigation. */
  titleHidden?: boolean;
  kind: SectionKind;
  department: DeptCode;
  /** Paragraphs separated by a blank line ("\n\n"); text exactly as the reference prints it. */
  narrative?: string;
  indicators?: SeedIndicator[];
  /** A table section's title, columns, note, unit and row order. */
  table?: TableSpec;
  children?: SeedSection[];
};

export type SeedFinancialLine = {
  name: string;
  /** Whole yen. */
  amount: number;
  /** Whole yen, FY2023: amount minus the printed 増減額. */
  prior: number;
};

export type SeedOpinionGroup = {
  /** Heading as printed in section 6, e.g. '保証部門', '事業継続計画（ＢＣＰ）'. */
  heading: string;
  department: DeptCode;
  /** Section key the group concerns, when it is one initiative (e.g. BCP), else undefined. */
  sectionKey?: string;
  /** Each bullet's text without the leading '・'. */
  bullets: string[];
};

export type SeedCommitteeMember = { name: string; affiliation: string; title: string };
