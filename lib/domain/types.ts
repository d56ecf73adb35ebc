// Shared domain vocabulary. Pure types: no I/O, importable from anywhere.

/** Unit of an indicator's value. Money is always whole yen. */
/** 社 (companies), 先 (clients) and 機関 (institutions) are counts other corporations write. */
export type IndicatorUnit = 'yen' | 'cases' | 'businesses' | 'companies' | 'clients' | 'institutions' | 'times' | 'multiple' | 'percent';

/** Whether a larger actual is the better result (代位弁済 is 'lower'). */
export type Direction = 'higher' | 'lower';

/**
 * How a ratio is rounded to 0.1%. The reference document truncates in its 事業計画 table
 * (5兆1,076億 / 5兆 = 102.15 → 102.1%) and rounds half up elsewhere (835 / 256 → 326.2%).
 */
export type RatioRounding = 'half_up' | 'down';

/** Precision of a yen amount written in 兆/億/万 style. */
export type YenPrecision = 'oku' | 'man' | 'yen';

/**
 * Unit of money tables, an organisation/plan/table setting (lib/domain/units.ts): 'oku' is the
 * mixed 兆/億/万 form; the others a plain number in 億円, 百万円, 万円, 千円 or 円.
 */
export type DisplayUnit = 'oku' | 'hundred_million' | 'million' | 'man' | 'thousand' | 'yen';

/** How the document writes fiscal years: 令和6年度 (wareki), 2024年度 (seireki), 令和6年度（2024年度）(both). */
export type EraStyle = 'wareki' | 'seireki' | 'both';

/** Digits of generated heading numbers. */
export type HeadingDigits = 'full' | 'half';

/** Heading number styles (lib/domain/numbering.ts); each includes its own punctuation. */
export const NUMBERING_STYLES = [
  'none',
  'arabic_dot',
  'fullwidth_dot',
  'paren',
  'paren_enclosed',
  'circled',
  'kanji',
  'katakana',
  'paren_katakana',
  'chapter',
] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export type ProgressStatus = 'ahead' | 'on_track' | 'behind';

export type Role = 'admin' | 'staff' | 'committee' | 'manager';

export type PlanKind = 'annual' | 'midterm';

/** The year's phases: 計画策定 → 実績入力 → 委員会評価 → 公表. */
export type PlanPhase = 'planning' | 'entry' | 'review' | 'published';

export type SectionKind = 'preface' | 'heading' | 'narrative' | 'kpi_table' | 'financial_table' | 'initiative' | 'committee_opinions';

export type AssessmentStatus = 'draft' | 'submitted' | 'returned' | 'approved';

export type OpinionStatus = 'draft' | 'final';

/**
 * How section 6 (外部評価委員の意見等) prints: bullets under a heading per department, bullets with
 * no grouping, one consolidated paragraph with no heading, or free text the planning department
 * writes from the confirmed opinions (paragraphs, no heading).
 */
export type OpinionsForm = 'grouped' | 'bullets' | 'paragraph' | 'free';

export type ResponseState = 'open' | 'in_progress' | 'done';
