// Counting for `npm test` (scripts/test-all.ts). Every way a run can go wrong counts as a
// failure in the last line, not only failed assertions: a test file that fails to load, a suite
// that crashes before its tests (vitest then reports its tests as skipped, not failed), a
// Playwright project that did not run, a global error (web server, a spec that does not
// compile), and a step that exits non-zero without a report saying why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export type Counts = { passed: number; failed: number; notes: string[] };

export const none = (): Counts => ({ passed: 0, failed: 0, notes: [] });

export function add(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, notes: [...a.notes, ...b.notes] };
}

export const summaryLine = (c: Counts) => `${c.passed} passed, ${c.failed} failed`;

/** A step's exit status that its report did not already account for counts as one failure. */
function exitNotAccounted(name: string, status: number | null, c: Counts): Counts {
  if (status === 0 || c.failed > 0) return c;
  return { ...c, failed: c.failed + 1, notes: [...c.notes, `${name} exited ${status ?? 'by a signal'} with no failure in its report`] };
}

type VitestFile = { name: string; status: string; message?: string; assertionResults: { status: string; fullName?: string }[] };
type VitestReport = { testResults: VitestFile[] };

/** Counts from vitest's JSON report (`--reporter=json`); `report` null when none was written. */
export function countVitest(report: VitestReport | null, status: number | null): Counts {
  if (!report) return { passed: 0, failed: 1, notes: [`vitest wrote no report (exit ${status})`] };
  const c = none();
  for (const file of report.testResults) {
    const tests = file.assertionResults;
    c.passed += tests.filter((t) => t.status === 'passed').length;
    const failed = tests.filter((t) => t.status === 'failed').length;
    c.failed += failed;
    if (file.status === 'failed' && failed === 0) {
      // Failed to load, or crashed in a describe body or a hook: one failure for the file.
      c.failed += 1;
      c.notes.push(`${file.name}: failed outside its tests${file.message ? `: ${file.message.split('\n')[0]}` : ''}`);
    } else {
      const notRun = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
      c.failed += notRun.length;
      for (const t of notRun) c.notes.push(`${file.name}: did not run: ${t.fullName ?? ''}`);
    }
  }
  return exitNotAccounted('vitest', status, c);
}

type PwTest = { projectName: string; status: string };
type PwSuite = { specs?: { tests: PwTest[] }[]; suites?: PwSuite[] };
type PwReport = {
  config: { projects: { name: string }[] };
  suites: PwSuite[];
  errors?: { message?: string }[];
  stats: { expected: number; unexpected: number; flaky?: number; skipped?: number };
};

function pwTests(suites: PwSuite[]): PwTest[] {
  return suites.flatMap((s) => [...(s.specs ?? []).flatMap((sp) => sp.tests), ...pwTests(s.suites ?? [])]);
}

/**
 * Counts from Playwright's JSON report. With `everyProject`, each configured project that ran
 * no test counts as a failure (the whole suite is expected to run, as in `npm test`).
 */
export function countPlaywright(report: PwReport | null, status: number | null, opts: { everyProject?: boolean } = {}): Counts {
  if (!report) return { passed: 0, failed: 1, notes: [`playwright wrote no report (exit ${status})`] };
  const { expected, unexpected, flaky = 0, skipped = 0 } = report.stats;
  const c: Counts = { passed: expected, failed: unexpected + flaky + skipped, notes: [] };
  if (flaky) c.notes.push(`${flaky} e2e tests passed only on retry`);
  if (skipped) c.notes.push(`${skipped} e2e tests did not run`);
  for (const e of report.errors ?? []) {
    c.failed += 1;
    c.notes.push(`playwright: ${(e.message ?? 'error').split('\n')[0]}`);
  }
  if (opts.everyProject) {
    const ran = new Set(pwTests(report.suites).map((t) => t.projectName));
    for (const p of report.config.projects) {
      if (ran.has(p.name)) continue;
      c.failed += 1;
      c.notes.push(`playwright project "${p.name}" did not run`);
    }
  }
  return exitNotAccounted('playwright', status, c);
}

/** A step with no report of its own (the build): passing counts nothing, failing counts one. */
export function countStep(name: string, status: number | null): Counts {
  return status === 0 ? none() : { passed: 0, failed: 1, notes: [`${name} exited ${status ?? 'by a signal'}`] };
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

type RunOptions = { cwd?: string; env?: Record<string, string>; quiet?: boolean };

function run(cmd: string, args: string[], opts: RunOptions): number | null {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    stdio: opts.quiet ? 'ignore' : 'inherit',
  });
  return r.status;
}

/** Runs vitest with a JSON report in `outputFile` (removed first, so a stale one is never read). */
export function runVitest(args: string[], outputFile: string, opts: RunOptions = {}): Counts {
  fs.rmSync(outputFile, { force: true });
  const reporters = opts.quiet ? ['--reporter=json'] : ['--reporter=default', '--reporter=json'];
  const status = run('npx', ['vitest', 'run', ...reporters, `--outputFile=${outputFile}`, ...args], opts);
  return countVitest(readJson<VitestReport>(outputFile), status);
}

/** Runs Playwright; its config must write the JSON report to `outputFile`. */
export function runPlaywright(args: string[], outputFile: string, opts: RunOptions & { everyProject?: boolean } = {}): Counts {
  fs.rmSync(outputFile, { force: true });
  const status = run('npx', ['playwright', 'test', ...args], opts);
  return countPlaywright(readJson<PwReport>(outputFile), status, { everyProject: opts.everyProject });
}

export function runStep(name: string, cmd: string, args: string[], opts: RunOptions = {}): Counts {
  return countStep(name, run(cmd, args, opts));
}
