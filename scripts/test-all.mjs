// `npm test`: unit tests (vitest), then a production build and the end-to-end suite
// (Playwright in Chromium). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
fs.mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };
let ok = true;

const step = (name, cmd, args, env = {}) => {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) ok = false;
  return r.status === 0;
};

step('unit (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
try {
  const unit = JSON.parse(fs.readFileSync('test-results/unit.json', 'utf8'));
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests + (unit.numRuntimeErrorTests ?? 0);
} catch {
  totals.failed += 1;
}

const built = step('build', 'npx', ['next', 'build']);
if (built) {
  fs.rmSync('test-results/e2e.json', { force: true });
  step('e2e (playwright)', 'npx', ['playwright', 'test'], { HYOKA_SKIP_BUILD: '1' });
  try {
    const e2e = JSON.parse(fs.readFileSync('test-results/e2e.json', 'utf8'));
    totals.passed += e2e.stats.expected;
    totals.failed += e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
    if (e2e.stats.skipped) console.log(`(${e2e.stats.skipped} e2e tests did not run)`);
    totals.failed += e2e.stats.skipped ?? 0;
  } catch {
    totals.failed += 1;
  }
} else {
  totals.failed += 1;
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
