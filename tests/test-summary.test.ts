// The runner's counting, proven on real vitest and Playwright runs over fixture directories:
// failures outside assertions (a file that throws at import, a crashing hook, a project that
// never ran) must reach the last line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPlaywright, countStep, countVitest, runPlaywright, runVitest, summaryLine } from '@/scripts/test-summary';

const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hyoka-runner-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, files: Record<string, string>): string {
  const at = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(at, file)), { recursive: true });
    fs.writeFileSync(path.join(at, file), text);
  }
  return at;
}

// The fixtures use vitest's globals: a directory outside the repository cannot import 'vitest'.
const vitestRun = (at: string) => runVitest(['--root', at, '--globals'], path.join(at, 'report.json'), { cwd: root, quiet: true });

describe('vitest counting', { timeout: 120_000 }, () => {
  it('a test file that throws at import is one failure in the last line', () => {
    const at = fixture('import-throws', {
      'ok.test.ts': "it('passes', () => { expect(1).toBe(1); });\n",
      'broken.test.ts': "throw new Error('broken at import');\n",
    });
    const c = vitestRun(at);
    expect(summaryLine(c)).toBe('1 passed, 1 failed');
    expect(c.notes.join('\n')).toMatch(/broken\.test\.ts: failed outside its tests: .*broken at import/);
  });

  it('a suite that crashes in a hook or its describe body, and a skipped test, count though no assertion failed', () => {
    const at = fixture('suite-crashes', {
      'hook.test.ts': "describe('s', () => { beforeAll(() => { throw new Error('hook'); }); it('a', () => {}); it('b', () => {}); });\n",
      'body.test.ts': "describe('s', () => { throw new Error('body'); });\n",
      'skip.test.ts': "it('runs', () => {}); it.skip('does not', () => {});\n", // a fixture: the runner counts a skip as failed
    });
    const c = vitestRun(at);
    expect(summaryLine(c)).toBe('1 passed, 3 failed');
    expect(c.notes.filter((n) => /hook\.test|body\.test/.test(n))).toHaveLength(2);
    expect(c.notes.join('\n')).toMatch(/skip\.test\.ts: did not run: does not/);
  });

  it('no report, or a non-zero exit the report does not explain, is a failure', () => {
    expect(summaryLine(countVitest(null, 1))).toBe('0 passed, 1 failed');
    expect(summaryLine(countVitest({ testResults: [] }, 1))).toBe('0 passed, 1 failed');
    expect(summaryLine(countVitest({ testResults: [] }, 0))).toBe('0 passed, 0 failed');
  });
});

describe('playwright counting', { timeout: 120_000 }, () => {
  it('a failing test, a dependant that did not run and a project with no test are all counted', () => {
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    const at = fixture('pw', {
      'playwright.config.ts': `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: './specs', outputDir: './out', reporter: [['json', { outputFile: 'report.json' }]],
  projects: [
    { name: 'main', testMatch: /main\\.spec\\.ts/ },
    { name: 'after', dependencies: ['main'], testMatch: /after\\.spec\\.ts/ },
    { name: 'never', testMatch: /nothing-matches\\.spec\\.ts/ },
  ],
});
`,
      'specs/main.spec.ts':
        "import { expect, test } from '@playwright/test';\ntest('ok', () => {});\ntest('bad', () => { expect(1).toBe(2); });\n",
      'specs/after.spec.ts': "import { test } from '@playwright/test';\ntest('later', () => {});\n",
    });
    const c = runPlaywright([], path.join(at, 'report.json'), { cwd: at, quiet: true, everyProject: true });
    // bad (failed) + later (skipped: its dependency failed) + project "never" (no test ran).
    expect(summaryLine(c)).toBe('1 passed, 3 failed');
    expect(c.notes).toContain('playwright project "never" did not run');
  });

  it('a global error (the web server did not start) counts, as does a missing report', () => {
    const report = {
      config: { projects: [{ name: 'chromium' }] },
      suites: [],
      errors: [{ message: 'Error: Timed out waiting 300000ms from config.webServer.' }],
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
    };
    expect(summaryLine(countPlaywright(report, 1))).toBe('0 passed, 1 failed');
    expect(summaryLine(countPlaywright(report, 1, { everyProject: true }))).toBe('0 passed, 2 failed');
    expect(summaryLine(countPlaywright(null, 1))).toBe('0 passed, 1 failed');
  });
});

describe('steps without a report', () => {
  it('a non-zero exit is one failure', () => {
    expect(summaryLine(countStep('next build', 1))).toBe('0 passed, 1 failed');
    expect(summaryLine(countStep('next build', 0))).toBe('0 passed, 0 failed');
  });
});
