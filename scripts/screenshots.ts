// Screenshots of the main pages for review and the README.
// Usage: a running server (BASE, default http://127.0.0.1:3000), then
//   npx tsx scripts/screenshots.ts <out dir> [login:path ...]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BASE ?? 'http://127.0.0.1:3000';
const out = path.resolve(process.argv[2] ?? 'test-results/screens');
const targets = process.argv.slice(3).length ? process.argv.slice(3) : ['manager:/years/2024/dashboard'];
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  for (const target of targets) {
    const [login, urlPath] = target.split(':') as [string, string];
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'ja-JP' });
      const page = await context.newPage();
      if (login !== 'anon') {
        await page.goto(`${BASE}/login`);
        await page.getByLabel('ログインID').fill(login);
        await page.getByLabel('パスワード').fill('hyoka-demo-2024');
        await page.getByRole('button', { name: 'ログイン', exact: true }).click();
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      }
      await page.goto(`${BASE}${urlPath}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      const file = path.join(out, `${login}${urlPath.replace(/[/?=&]/g, '_')}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
