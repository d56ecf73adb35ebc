// `npm test`: unit tests (vitest), then a production build and the end-to-end suite
// (Playwright in Chromium). Ends with one line, "N passed, N failed", in which every failure of
// any kind is counted (scripts/test-summary.ts); exits non-zero when anything failed.
import fs from 'node:fs';
import path from 'node:path';
import { add, type Counts, none, runPlaywright, runStep, runVitest, summaryLine } from './test-summary';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
fs.mkdirSync('test-results', { recursive: true });

const section = (name: string) => console.log(`\n=== ${name} ===`);
let total: Counts = none();

section('unit (vitest)');
total = add(total, runVitest([], 'test-results/unit.json'));

section('build');
const build = runStep('next build', 'npx', ['next', 'build']);
total = add(total, build);
if (build.failed === 0) {
  section('e2e (playwright)');
  // playwright.config.ts writes its JSON report to test-results/e2e.json.
  total = add(total, runPlaywright([], 'test-results/e2e.json', { env: { HYOKA_SKIP_BUILD: '1' }, everyProject: true }));
}

if (total.notes.length > 0) console.log(`\n${total.notes.join('\n')}`);
console.log(`\n${summaryLine(total)}`);
process.exit(total.failed === 0 ? 0 : 1);
