// Issue 15's "Done means" (and issue 16's search figure), checked against one bench run and
// printed as met / not met with the figure. Throughput ratios are at 10 connections.
import { kB, type PageBytes } from './html';
import type { SearchResult } from './search';

/**
 * `loginRps`: /login's rate in the slices alternating with this page's (bench/alternate.ts),
 * `loginSlices` each slice's; the page's ratio divides by it when there is one.
 */
export type GoalEndpoint = {
  name: string;
  rps: number;
  loginRps?: number | null;
  loginSlices?: number[] | null;
  bytes: PageBytes | null;
};
export type GoalDataset = { dataset: string; endpoints: GoalEndpoint[]; peakRssMb: number };
export type Goal = { goal: string; figure: string; met: boolean | null };

export const LOGIN = '/login baseline';
export const HEALTH = '/api/health baseline';
const PAGES = ['year dashboard', 'section page', 'committee home', 'report preview'];
const RATIO_TO_LOGIN: [string, number][] = [
  ['year dashboard', 0.5],
  ['section page', 0.6],
  ['committee home', 0.6],
  ['report preview', 0.6],
];

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? Math.round((a / b) * 100) / 100 : null);
const atLeast = (goal: string, value: number | null, min: number, figure: string): Goal => ({
  goal,
  figure: value === null ? 'not measured' : figure,
  met: value === null ? null : value >= min,
});
const below = (goal: string, value: number | null, max: number, figure: string): Goal => ({
  goal,
  figure: value === null ? 'not measured' : figure,
  met: value === null ? null : value < max,
});

export function checkGoals(datasets: GoalDataset[], search: SearchResult | null): Goal[] {
  const goals: Goal[] = [];
  const rps = (d: GoalDataset, name: string) => d.endpoints.find((e) => e.name === name)?.rps;
  const bytes = (d: GoalDataset, name: string) => d.endpoints.find((e) => e.name === name)?.bytes ?? null;
  /** A page's req/s over /login's measured around it (or the baseline's). */
  const vsLogin = (d: GoalDataset, name: string) => {
    const endpoint = d.endpoints.find((e) => e.name === name);
    const login = endpoint?.loginRps ?? rps(d, LOGIN);
    return endpoint && login ? endpoint.rps / login : null;
  };
  for (const d of datasets) {
    for (const [page, min] of RATIO_TO_LOGIN) {
      const endpoint = d.endpoints.find((e) => e.name === page);
      const paired = endpoint?.loginRps;
      const login = paired ?? rps(d, LOGIN);
      const r = ratio(rps(d, page), login);
      const slices = endpoint?.loginSlices;
      const of = slices?.length
        ? `, /login in ${slices.length} slices around the page's, ${Math.min(...slices)}–${Math.max(...slices)} req/s`
        : paired
          ? ', /login measured around the page'
          : '';
      goals.push(atLeast(`${d.dataset}: ${page} ≥ ${min}× /login`, r, min, `${r}× (${rps(d, page)} vs ${login} req/s${of})`));
    }
    const r = ratio(rps(d, LOGIN), rps(d, HEALTH));
    goals.push(atLeast(`${d.dataset}: /login ≥ 0.3× /api/health`, r, 0.3, `${r}× (${rps(d, LOGIN)} vs ${rps(d, HEALTH)} req/s)`));
  }
  const demo = datasets.find((d) => d.dataset === 'demo');
  const large = datasets.find((d) => d.dataset === 'large');
  if (demo && large)
    for (const page of [LOGIN, ...PAGES]) {
      const r = ratio(rps(large, page), rps(demo, page));
      // The same ratio of the pages' ×/login: what is left when the machine's speed moved
      // between the two datasets (then /login's own large/demo is not 1). Printed, not judged.
      const drift = page === LOGIN ? null : ratio(vsLogin(large, page) ?? undefined, vsLogin(demo, page) ?? undefined);
      const corrected = drift === null ? '' : `; of ×/login, which cancels the machine's speed: ${drift}`;
      goals.push(atLeast(`large/demo ≥ 0.8: ${page}`, r, 0.8, `${r} (${rps(large, page)} vs ${rps(demo, page)} req/s${corrected})`));
    }
  if (demo) {
    const login = bytes(demo, LOGIN);
    goals.push(below('/login HTML < 25 kB', login?.document ?? null, 25_000, login ? kB(login.document) : ''));
    const dash = bytes(demo, 'year dashboard');
    goals.push(
      below(
        'demo: dashboard HTML + payload < 110 kB',
        dash?.document ?? null,
        110_000,
        dash ? `${kB(dash.document)} (markup ${kB(dash.markup)} + inline payload ${kB(dash.inlinePayload)})` : '',
      ),
    );
  }
  if (datasets.length) {
    const peak = Math.max(...datasets.map((d) => d.peakRssMb));
    goals.push(below('server peak RSS < 400 MB (whole run, PDFs included)', peak, 400, `${peak} MB`));
  }
  if (search) {
    const worst = search.queries.reduce((m, q) => Math.max(m, q.medianMs), 0);
    const figure = `${search.queries.map((q) => `${q.q} ${q.medianMs} ms`).join(', ')}; ${search.narratives} narratives`;
    goals.push({
      goal: 'large: /search median < 50 ms, every query, at ≥ 1,000 narratives',
      figure,
      met: search.queries.length > 0 && search.narratives >= 1000 && worst < 50,
    });
  }
  return goals;
}

export const formatGoal = (g: Goal) => `${g.met === null ? '[ ? ]' : g.met ? '[met]' : '[NOT met]'} ${g.goal}: ${g.figure}`;
