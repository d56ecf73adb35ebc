// The dashboard as it crosses to the browser: once in the page (react-query's initial data) and
// again on every refresh. It carries the figures as numbers only, leaves out what is null (most
// figures of an indicator without a plan or months are), drops the loader fields the browser
// never reads, and sends the core KPIs' months as plain tuples. The browser puts the nulls back
// and formats the display strings with the same domain code, so the page does not send every
// figure twice (as a number and as its text). A value most indicators share (a unit, a rounding
// rule, a department) is sent once, in `shared`, and left out of every indicator that has it.
import type { DashboardData, DashboardIndicator } from '@/db/queries/dashboard';
import { type FigureNumbers, type Figures, withFigureText } from '@/lib/domain/figures';
import type { PlanPhase } from '@/lib/domain/types';
import { oncePer } from '@/lib/once-per';

/** Loader fields the dashboard's components never read. */
type ServerOnly = 'sectionId' | 'sectionKind' | 'numeratorId' | 'denominatorId' | 'actualValue' | 'priorActualValue';

/** Every figure absent: the wire leaves out the nulls and falses, the browser starts from this. */
const NO_FIGURES: FigureNumbers = {
  actual: null,
  source: null,
  toDate: false,
  asOfMonth: null,
  monthsElapsed: 0,
  plan: null,
  planToDate: null,
  planRatio: null,
  progressRate: null,
  prior: null,
  priorToDate: null,
  samePeriodYoy: null,
  yoy: null,
  isPoints: false,
  forecast: null,
  forecastBasis: null,
  forecastRatio: null,
  status: null,
};

/** The indicator fields often null (no pair, no section, no plan value). */
const NULLABLE = { pairKey: null, sectionTitle: null, departmentId: null, departmentName: null, planValue: null } as const;

type ClientIndicator = Omit<DashboardIndicator, ServerOnly | 'fig'>;
/** An indicator less its nulls and the values it shares with most others (DashboardWire.shared). */
export type WireIndicator = Partial<ClientIndicator> & { fig: Partial<FigureNumbers> };
type MonthRow = DashboardData['monthly'][number];
/** A month of a core KPI as [indicatorId, month, value, cumulative]: four numbers, no key names. */
type WireMonth = [number, number, MonthRow['value'], MonthRow['cumulative']];
export type DashboardWire = Omit<DashboardData, 'indicators' | 'monthly'> & {
  indicators: WireIndicator[];
  /** The values most indicators have, and most of their figures: what an indicator leaves out. */
  shared: { indicator: Partial<ClientIndicator>; fig: Partial<FigureNumbers> };
  monthly: WireMonth[];
  phase: PlanPhase;
  loadedAt: string;
  /**
   * Names the figures sent: two wires with the same key carry the same indicators and months
   * (the same kept DashboardData of the same server process), so fromWire builds their display
   * strings once, however many pages and refreshes carry them.
   */
  key: string;
};
/** What the components render: the wire data with its nulls back and each figure's display strings. */
export type DashboardPayload = Omit<DashboardWire, 'indicators' | 'monthly' | 'shared' | 'key'> & {
  indicators: (ClientIndicator & { fig: Figures })[];
  monthly: MonthRow[];
};

type Row = Record<string, unknown>;

/**
 * Per field, the value more than half of the rows have (never null: a null is left out anyway).
 * A row without it then carries its own value, a null included, so sharing a value fewer rows
 * have would cost more than it saves.
 */
function sharedValues(rows: readonly Row[]): Row {
  const counts = new Map<string, Map<unknown, number>>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row)) {
      if (v === null || v === false || typeof v === 'object') continue;
      const byValue = counts.get(k) ?? new Map<unknown, number>();
      byValue.set(v, (byValue.get(v) ?? 0) + 1);
      counts.set(k, byValue);
    }
  const out: Row = {};
  for (const [k, byValue] of counts) {
    const [value, n] = [...byValue].reduce((best, e) => (e[1] > best[1] ? e : best));
    if (n > rows.length / 2) out[k] = value;
  }
  return out;
}

/**
 * A row less what the browser puts back: a value equal to the shared one, and a null or false
 * where nothing is shared (`omittable` names those fields; every field when not given).
 */
function lessShared(row: Row, shared: Row, omittable?: readonly string[]): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (k in shared) {
      if (v !== shared[k]) out[k] = v;
    } else if (!((v === null || v === false) && (!omittable || omittable.includes(k)))) out[k] = v;
  }
  return out;
}

/** This server process: a key names its figures, not those of a server started since. */
const PROCESS = Math.random().toString(36).slice(2, 10);
let wiresMade = 0;
/** The wire of each DashboardData, as long as it is kept (loadDashboardCached): built once. */
const wireOf = oncePer((data: DashboardData) => buildWire(data));

export function toWire(data: DashboardData, extra: { phase: PlanPhase; loadedAt: string }): DashboardWire {
  return { ...wireOf(data), ...extra };
}

function buildWire(data: DashboardData): Omit<DashboardWire, 'phase' | 'loadedAt'> {
  const rows = data.indicators.map(
    ({ sectionId, sectionKind, numeratorId, denominatorId, actualValue, priorActualValue, fig: { text, ...numbers }, ...kept }) => ({
      kept: kept as Row,
      numbers: numbers as Row,
    }),
  );
  // An indicator's own id, code and name are never shared.
  const indicator = sharedValues(rows.map(({ kept: { id, code, name, ...rest } }) => rest));
  const fig = sharedValues(rows.map((r) => r.numbers));
  return {
    ...data,
    key: `${PROCESS}.${++wiresMade}`,
    indicators: rows.map(
      (r) => ({ ...lessShared(r.kept, indicator, Object.keys(NULLABLE)), fig: lessShared(r.numbers, fig) }) as WireIndicator,
    ),
    shared: { indicator: indicator as Partial<ClientIndicator>, fig: fig as Partial<FigureNumbers> },
    monthly: data.monthly.map((m) => [m.indicatorId, m.month, m.value, m.cumulative]),
  };
}

/** What fromWire built, by wire key: the last few (a page and its refreshes share one). */
const KEEP_BUILT = 8;
const built = new Map<string, Pick<DashboardPayload, 'indicators' | 'monthly'>>();

export function fromWire({ shared, key, ...wire }: DashboardWire): DashboardPayload {
  let figures = built.get(key);
  if (!figures) {
    figures = {
      indicators: wire.indicators.map((i) => {
        // Object.assign: a literal's second spread is slow in V8 (components/sections/types.ts).
        const indicator = Object.assign({}, NULLABLE, shared.indicator, i) as ClientIndicator;
        return { ...indicator, fig: withFigureText(Object.assign({}, NO_FIGURES, shared.fig, i.fig), indicator, wire.displayUnit) };
      }),
      monthly: wire.monthly.map(([indicatorId, month, value, cumulative]) => ({ indicatorId, month, value, cumulative })),
    };
    built.set(key, figures);
    if (built.size > KEEP_BUILT) built.delete(built.keys().next().value!);
  }
  return { ...wire, ...figures };
}
