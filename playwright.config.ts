import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_PORT } from './e2e/ports';

const PORT = E2E_PORT;
const chromium = '/usr/bin/chromium';

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } };

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]]
    : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: fs.existsSync(chromium)
      ? {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        }
      : {},
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: desktop, dependencies: ['setup'], testIgnore: [/auth\.setup\.ts/, /admin\.spec\.ts/] },
    // The yearly cycle creates and publishes FY2026, which moves every role's landing year:
    // it runs after the rest so they see the demo's years.
    { name: 'year-cycle', use: desktop, dependencies: ['chromium'], testMatch: /admin\.spec\.ts/ },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT) },
  },
});
