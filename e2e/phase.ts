// A spec that needs a demo year in another phase (the committee writes opinions only on a year
// in review; the demo's FY2025 is in entry) moves it through the admin's own action and back
// after, so the specs that run after it see the demo as seeded.
import { request, test } from '@playwright/test';
import { actionId, callAction } from './actions';
import { one } from './db';
import { authFile } from './helpers';

type Step = 'planning' | 'entry' | 'review';

export async function changeYearPhase(year: number, from: Step, to: Step): Promise<void> {
  const planId = one<{ id: number }>("SELECT id FROM plans WHERE kind = 'annual' AND start_year = ?", year).id;
  const admin = await request.newContext({ storageState: authFile('admin') });
  try {
    const r = await callAction(admin, actionId('lib/actions/admin-phases.ts', 'changePhase'), [{ planId, from, to, confirmed: true }], {
      path: `/admin/plans/${planId}/phases`,
    });
    if (!r.ok) throw new Error(`FY${year} ${from} → ${to} refused: ${r.body.slice(0, 300)}`);
  } finally {
    await admin.dispose();
  }
}

/** The tests of the enclosing file or describe run with `year` in review; it is back in entry after. */
export function yearInReview(year: number): void {
  test.beforeAll(() => changeYearPhase(year, 'entry', 'review'));
  test.afterAll(() => changeYearPhase(year, 'review', 'entry'));
}
