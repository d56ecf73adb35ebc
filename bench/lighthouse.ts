// Lighthouse (desktop preset) performance and accessibility scores, logged in via a Cookie header.
import fs from 'node:fs';

export type LighthouseScore = { page: string; performance: number; accessibility: number };

export async function lighthouseScores(base: string, cookie: string, pages: { name: string; path: string }[]): Promise<LighthouseScore[]> {
  const { default: lighthouse } = await import('lighthouse');
  const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  const out: LighthouseScore[] = [];
  try {
    for (const p of pages) {
      const result = await lighthouse(
        base + p.path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: p.path === '/login' ? {} : { Cookie: cookie } },
        desktop,
      );
      const cats = result?.lhr.categories;
      out.push({ page: p.name, performance: Math.round((cats?.performance?.score ?? 0) * 100), accessibility: Math.round((cats?.accessibility?.score ?? 0) * 100) });
    }
  } finally {
    chrome.kill();
  }
  return out;
}
