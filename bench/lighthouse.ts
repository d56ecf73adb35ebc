// Lighthouse (desktop preset) performance and accessibility scores. The logged-in pages are
// audited with the session cookie set in the audited Chromium itself (an extra Cookie header
// does not survive Lighthouse's navigation), and each audit must land on the page it asked for.
import fs from 'node:fs';

export type LighthouseScore = { page: string; path: string; performance: number; accessibility: number; lcpMs: number | null };

export async function lighthouseScores(base: string, cookie: string, pages: { name: string; path: string }[]): Promise<LighthouseScore[]> {
  const { default: lighthouse } = await import('lighthouse');
  const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
  const chromeLauncher = await import('chrome-launcher');
  const { chromium } = await import('playwright-core');
  const chrome = await chromeLauncher.launch({
    chromePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const out: LighthouseScore[] = [];
  let cdp: Awaited<ReturnType<typeof chromium.connectOverCDP>> | null = null;
  try {
    // The login page first, logged out; then the session cookie, kept (no storage reset).
    const ordered = [...pages.filter((p) => p.path === '/login'), ...pages.filter((p) => p.path !== '/login')];
    for (const p of ordered) {
      const loggedIn = p.path !== '/login';
      if (loggedIn && !cdp) {
        cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
        const cookies = cookie
          .split('; ')
          .map((kv) => ({ name: kv.slice(0, kv.indexOf('=')), value: kv.slice(kv.indexOf('=') + 1), url: base }));
        await cdp.contexts()[0]!.addCookies(cookies);
      }
      const result = await lighthouse(
        base + p.path,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset: loggedIn,
        },
        desktop,
      );
      const lhr = result?.lhr;
      // A lost session would score the login page instead: refuse such a figure.
      const landed = new URL(lhr?.finalDisplayedUrl ?? base).pathname;
      if (landed !== p.path) throw new Error(`lighthouse ${p.name}: asked for ${p.path}, measured ${landed}`);
      if (lhr?.runtimeError) throw new Error(`lighthouse ${p.name}: ${lhr.runtimeError.message}`);
      const cats = lhr?.categories;
      const lcp = lhr?.audits['largest-contentful-paint']?.numericValue;
      out.push({
        page: p.name,
        path: p.path,
        performance: Math.round((cats?.performance?.score ?? 0) * 100),
        accessibility: Math.round((cats?.accessibility?.score ?? 0) * 100),
        lcpMs: typeof lcp === 'number' ? Math.round(lcp) : null,
      });
    }
  } finally {
    chrome.kill();
  }
  return pages.map((p) => out.find((o) => o.path === p.path)!).filter(Boolean);
}
