// The dashboard as it crosses to the browser: once in the page (react-query's initial data) and
// again on every refresh. It carries the figures as numbers only, leaves out what is null (most
// figures of an indicator without a plan or months are), drops the loader fields the browser
// never reads, and sends the core KPIs' months as plain tuples. The browser puts the nulls back
// and formats the display strings with the same domain code, so the page does not send every
// figure twice (as a number and as its text).
import type { DashboardData, DashboardIndicator } from '@/db/queries/dashboard';
import { type FigureNumbers, type Figures, withFigureText } from '@/lib/domain/figures';
import type { PlanPhase } from '@/lib/domain/types';

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
type Nullable = keyof typeof NULLABLE;

type ClientIndicator = Omit<DashboardIndicator, ServerOnly | 'fig'>;
export type WireIndicator = Omit<ClientIndicator, Nullable> & Partial<Pick<ClientIndicator, Nullable>> & { fig: Partial<FigureNumbers> };
type MonthRow = DashboardData['monthly'][number];
/** A month of a core KPI as [indicatorId, month, value, cumulative]: four numbers, no key names. */
type WireMonth = [number, number, MonthRow['value'], MonthRow['cumulative']];
export type DashboardWire = Omit<DashboardData, 'indicators' | 'monthly'> & {
  indicators: WireIndicator[];
  monthly: WireMonth[];
  phase: PlanPhase;
  loadedAt: string;
};
/** What the components render: the wire data with its nulls back and each figure's display strings. */
export type DashboardPayload = Omit<DashboardWire, 'indicators' | 'monthly'> & {
  indicators: (ClientIndicator & { fig: Figures })[];
  monthly: MonthRow[];
};

function withoutNulls<T extends object>(o: T, keys: readonly string[] = Object.keys(o)): Partial<T> {
  const out = { ...o } as Record<string, unknown>;
  for (const k of keys) if (out[k] === null || out[k] === false) delete out[k];
  return out as Partial<T>;
}

export function toWire(data: DashboardData, extra: { phase: PlanPhase; loadedAt: string }): DashboardWire {
  return {
    ...data,
    ...extra,
    indicators: data.indicators.map(
      ({ sectionId, sectionKind, numeratorId, denominatorId, actualValue, priorActualValue, fig: { text, ...numbers }, ...kept }) => ({
        ...(withoutNulls(kept, Object.keys(NULLABLE)) as WireIndicator),
        fig: withoutNulls(numbers),
      }),
    ),
    monthly: data.monthly.map((m) => [m.indicatorId, m.month, m.value, m.cumulative]),
  };
}

export function fromWire(wire: DashboardWire): DashboardPayload {
  return {
    ...wire,
    indicators: wire.indicators.map((i) => {
      const indicator: ClientIndicator = { ...NULLABLE, ...i };
      return { ...indicator, fig: withFigureText({ ...NO_FIGURES, ...i.fig }, indicator, wire.displayUnit) };
    }),
    monthly: wire.monthly.map(([indicatorId, month, value, cumulative]) => ({ indicatorId, month, value, cumulative })),
  };
}
