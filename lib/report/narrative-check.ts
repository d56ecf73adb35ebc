// The consistency checker over a whole year: every narrative's figures against its section's
// indicator values. What the publish gate asks before a year goes out (lib/actions/publish.ts).
import type { Db } from '@/db/open';
import { listIndicatorsForEntry } from '@/db/queries/actuals';
import { narrativeTokensFor } from '@/db/queries/admin-organisation';
import { listNarratives } from '@/db/queries/assessments';
import { checkSections, type FigureCheck, warningsOf } from '@/lib/domain/consistency';
import { NARRATIVE_TOKENS, type NarrativeToken, unfilledTokens } from '@/lib/domain/tokens';

export type Contradiction = {
  sectionId: number;
  sectionTitle: string;
  indicatorName: string;
  field: FigureCheck['field'];
  quoted: string;
  expected: string;
};

export type YearCheck = { checked: number; contradictions: Contradiction[] };

/** All checks of a plan's narratives for `fiscalYear` (a plan's report year is its endYear). */
export function checkYearNarratives(db: Db, planId: number, fiscalYear: number): YearCheck {
  const indicators = listIndicatorsForEntry(db, planId, fiscalYear, { departmentIds: null });
  const titles = new Map(indicators.map((i) => [i.sectionId, i.sectionTitle]));
  let checked = 0;
  const contradictions: Contradiction[] = [];
  for (const [sectionId, checks] of checkSections(listNarratives(db, planId), indicators)) {
    checked += checks.length;
    for (const w of warningsOf(checks)) {
      const { indicatorName, field, quoted, expected } = w;
      contradictions.push({ sectionId, sectionTitle: titles.get(sectionId) ?? '', indicatorName, field, quoted, expected });
    }
  }
  return { checked, contradictions };
}

/** How many contradictions a refusal lists (the phases page shows them all). */
const LISTED = 50;

export type GateDecision =
  | { ok: true; consistencyOverride: { reason: string; contradictions: number } | null }
  | { ok: false; detail: { reason: 'contradictions'; count: number; contradictions: Contradiction[] } };

/**
 * The publish gate: a year whose narratives contradict the data is refused unless the admin
 * states why it goes out anyway. The override is recorded only when it was needed.
 */
export function publishGate(check: YearCheck, override: string | undefined): GateDecision {
  const n = check.contradictions.length;
  if (n === 0) return { ok: true, consistencyOverride: null };
  const reason = override?.trim();
  if (!reason) return { ok: false, detail: { reason: 'contradictions', count: n, contradictions: check.contradictions.slice(0, LISTED) } };
  return { ok: true, consistencyOverride: { reason, contradictions: n } };
}

/**
 * The narrative tokens a plan's texts use that have nothing to stand for yet (no committee
 * members …): they would print as written. Shown before the year is published.
 */
export function unfilledTokensOfPlan(
  db: Db,
  organisationId: number,
  plan: { id: number; startYear: number; endYear: number },
): NarrativeToken[] {
  const values = narrativeTokensFor(db, organisationId)?.(plan);
  if (!values) return [];
  const unfilled = new Set(listNarratives(db, plan.id).flatMap((n) => unfilledTokens(n.narrative ?? '', values)));
  return NARRATIVE_TOKENS.filter((name) => unfilled.has(name));
}
