// What a page view and an autosave cost the server in a real browser: not only the document but
// everything the page asks for after it (link prefetches, client fetches, a refresh after an
// action). Chromium logs in, opens each page a few times and types into a section's narrative;
// the server's CPU is read from its own counter around each (the bench's server, idle otherwise).
import { counters } from './counters';
import { logIn, withBrowser } from './server';

export type BrowserCost = {
  name: string;
  /** Requests the browser sent, by kind: the document, page data (RSC: prefetches, refreshes), server actions, /api routes, static files. */
  requests: { document: number; rsc: number; action: number; api: number; other: number };
  /** Server CPU ms for the whole view (median of the tries). */
  serverCpuMs: number;
};

type Page = import('playwright-core').Page;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Counts the browser's requests while `fn` runs and until the network has been idle for a moment. */
async function measured(page: Page, base: string, fn: () => Promise<void>) {
  const requests = { document: 0, rsc: 0, action: 0, api: 0, other: 0 };
  const count = (r: import('playwright-core').Request) => {
    const h = r.headers();
    if (h['next-action']) requests.action++;
    else if (h.rsc || r.url().includes('_rsc=')) requests.rsc++;
    else if (r.resourceType() === 'document') requests.document++;
    else if (new URL(r.url()).pathname.startsWith('/api/')) requests.api++;
    else requests.other++;
  };
  page.on('request', count);
  const before = await counters(base);
  await fn();
  await page.waitForLoadState('networkidle');
  await sleep(500);
  const after = await counters(base);
  page.off('request', count);
  return { requests, cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 };
}

export function measureBrowserCosts(
  base: string,
  login: { id: string; password: string },
  pages: { name: string; path: string }[],
  autosave: { staff: string; password: string; sectionPath: string },
  tries = 3,
): Promise<BrowserCost[]> {
  return withBrowser(async (page) => {
    const out: BrowserCost[] = [];
    await logIn(page, base, login.id, login.password);
    for (const p of pages) {
      await page.goto(base + p.path); // once unmeasured: the browser's cache holds the static files, as for a user
      const runs = [];
      for (let i = 0; i < tries; i++) runs.push(await measured(page, base, async () => void (await page.goto(base + p.path))));
      out.push({ name: p.name, requests: runs.at(-1)!.requests, serverCpuMs: Math.round(median(runs.map((r) => r.cpuMs))) });
    }
    await page.context().clearCookies();
    await logIn(page, base, autosave.staff, autosave.password);
    await page.goto(base + autosave.sectionPath);
    await page.waitForLoadState('networkidle');
    const runs = [];
    for (let i = 0; i < tries; i++)
      runs.push(
        await measured(page, base, async () => {
          await page.locator('#narrative').fill(`ブラウザからの自動保存の計測（${i + 1} 回目）`);
          await page
            .getByTestId('save-status')
            .filter({ hasText: /保存済み|Saved/ })
            .waitFor({ timeout: 30_000 });
        }),
      );
    out.push({ name: 'one autosave', requests: runs.at(-1)!.requests, serverCpuMs: Math.round(median(runs.map((r) => r.cpuMs))) });
    return out;
  });
}
