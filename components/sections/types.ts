import { type Figures, indicatorFigures } from '@/lib/domain/figures';
import { oncePer } from '@/lib/once-per';
import type { AssessmentStatus, Direction, IndicatorUnit, RatioRounding, YenPrecision } from '@/lib/domain/types';

/** An indicator of the section as the page hands it to the client. */
export type WorkspaceIndicator = {
  id: number;
  code: string;
  name: string;
  aliases: string[];
  unit: IndicatorUnit;
  scale: number;
  ratioRounding: RatioRounding;
  yenPrecision: YenPrecision;
  direction: Direction;
  allowNegative: boolean;
  planValue: number | null;
  actualValue: number | null;
  priorActualValue: number | null;
  version: number;
  aggregation: 'sum' | 'end' | 'annual' | 'ratio';
  /** A count/amount pair of the 事業計画 (the amount's sentence quotes its count). */
  pairKey?: string | null;
  measure?: 'count' | 'amount' | null;
  monthly: (number | null)[];
  /** Last year's months of the same indicator (前年同期比, forecast). */
  priorMonthly: (number | null)[];
  /** A ratio computed from its parts: its months (this year, last year) derived, not entered. */
  derivedMonthly?: (number | null)[] | null;
  derivedPriorMonthly?: (number | null)[] | null;
  updatedAt: string | null;
  updatedBy: string | null;
};

/**
 * The values most indicators have (the schema's defaults, and nothing saved yet): an indicator
 * as the page sends it leaves out each field equal to these, and the browser puts them back.
 */
const INDICATOR_DEFAULTS = {
  aliases: [] as string[],
  scale: 0,
  ratioRounding: 'half_up',
  direction: 'higher',
  allowNegative: false,
  pairKey: null,
  measure: null,
  updatedAt: null,
  updatedBy: null,
} as const satisfies Partial<WorkspaceIndicator>;

type Defaulted = keyof typeof INDICATOR_DEFAULTS;
/** A WorkspaceIndicator less the fields at their defaults (the section page's payload). */
export type WireIndicator = Omit<WorkspaceIndicator, Defaulted> & Partial<Pick<WorkspaceIndicator, Defaulted>>;

/**
 * Only what the client reads of an entry row (the page's own columns, such as the section's
 * title and department, stay on the server), and of that only what differs from the defaults:
 * the RSC payload carries every field of every indicator once more in the HTML.
 */
export function toWorkspaceIndicator(i: Omit<WorkspaceIndicator, 'aliases'> & { aliases: string[] | null }): WireIndicator {
  const full: WorkspaceIndicator = {
    id: i.id,
    code: i.code,
    name: i.name,
    aliases: i.aliases ?? [],
    unit: i.unit,
    scale: i.scale,
    ratioRounding: i.ratioRounding,
    yenPrecision: i.yenPrecision,
    direction: i.direction,
    allowNegative: i.allowNegative,
    planValue: i.planValue,
    actualValue: i.actualValue,
    priorActualValue: i.priorActualValue,
    version: i.version,
    aggregation: i.aggregation,
    pairKey: i.pairKey,
    measure: i.measure,
    monthly: i.monthly,
    priorMonthly: i.priorMonthly,
    // Only a ratio has derived months; the others leave the fields out rather than send nulls.
    ...(i.derivedMonthly ? { derivedMonthly: i.derivedMonthly } : {}),
    ...(i.derivedPriorMonthly ? { derivedPriorMonthly: i.derivedPriorMonthly } : {}),
    updatedAt: i.updatedAt,
    updatedBy: i.updatedBy,
  };
  // Built up field by field rather than copied and then deleted from: an object with fields
  // deleted turns into a slow dictionary for every later read (the payload's serialisation).
  const defaults: Record<string, unknown> = INDICATOR_DEFAULTS;
  const wire: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(full)) {
    const d = defaults[k];
    const isDefault = k in defaults && (v === d || (v == null && d === null) || (Array.isArray(v) && v.length === 0 && Array.isArray(d)));
    if (!isDefault) wire[k] = v;
  }
  return wire as WireIndicator;
}

/**
 * The indicator as the components read it: the wire form with its defaults back. Object.assign,
 * not `{ ...defaults, ...w }`: in V8 a literal's second spread takes a slow path, about ten times
 * the cost (a section of 24 indicators spent 0.3 ms of each request in it).
 */
export function fromWireIndicator(w: WireIndicator): WorkspaceIndicator {
  return Object.assign({}, INDICATOR_DEFAULTS, w) as WorkspaceIndicator;
}

/** The version someone else saved (the conflict view). */
export type OtherVersion = {
  version: number;
  narrative: string;
  rating: string | null;
  status: AssessmentStatus;
  updatedAt: string;
  updatedBy: string | null;
};

/** A saved version as the history lists it; its text is read when it is compared. */
export type Revision = {
  version: number;
  rating: string | null;
  status: AssessmentStatus;
  author: string | null;
  createdAt: string;
};

export type LiveValue = { actual: number | null; prior: number | null; monthly: (number | null)[] };
export type LiveValues = Record<number, LiveValue>;

/**
 * The figures of an indicator as loaded, once per indicator object: the preview, the sentences
 * and the checker each ask for every indicator on every render. Read-only.
 */
const settled = oncePer((i: WorkspaceIndicator) => figuresOf(i));

/** The indicator's display figures with what is being typed (the page's own, before saving). */
export function workspaceFigures(i: WorkspaceIndicator, live?: LiveValue): Figures {
  return live ? figuresOf(i, live) : settled(i);
}

function figuresOf(i: WorkspaceIndicator, live?: LiveValue): Figures {
  return indicatorFigures(i, {
    plan: i.planValue,
    actual: live ? live.actual : i.actualValue,
    prior: live ? live.prior : i.priorActualValue,
    months: i.derivedMonthly ?? (live ? live.monthly : i.monthly),
    priorMonths: i.derivedPriorMonthly ?? i.priorMonthly,
  });
}

/**
 * The indicator as the narrative checker sees it: the figures the page shows (to date, with the
 * plan and last year over the same months while the year is open).
 */
export function checkableIndicator<I extends WorkspaceIndicator>(i: I, live?: LiveValue): I {
  return live ? checkable(i, live) : (settledCheckable(i) as I);
}

/** The checker's view of an indicator as loaded, once per indicator object (as `settled`). */
const settledCheckable = oncePer((i: WorkspaceIndicator) => checkable(i));

function checkable<I extends WorkspaceIndicator>(i: I, live?: LiveValue): I {
  const f = workspaceFigures(i, live);
  return { ...i, actualValue: f.actual, planValue: f.planToDate ?? f.plan, priorActualValue: f.toDate ? f.priorToDate : f.prior };
}
