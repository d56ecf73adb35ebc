// The pages draw tables, chart numbers and confirmations one way (docs/CONVENTIONS.md, UI
// primitives): this reads the page and component sources and names any place that does it by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const files = [...sources('app'), ...sources('components')].map((f) => ({
  file: f.split(path.sep).join('/'),
  text: fs.readFileSync(f, 'utf8'),
}));
const offenders = (pattern: RegExp, allowed: string[] = []) =>
  files.filter((f) => pattern.test(f.text) && !allowed.includes(f.file)).map((f) => f.file);

describe('UI primitives are used instead of hand-written markup', () => {
  it('reads the pages and components', () => {
    expect(files.length).toBeGreaterThan(50);
  });
  it('every table is the Table primitive', () => {
    expect(offenders(/<table[\s>]/, ['components/ui/table.tsx'])).toEqual([]);
  });
  it('every empty-list box is the Empty primitive', () => {
    expect(offenders(/border-dashed border-slate-300 bg-white/, ['components/ui/empty.tsx'])).toEqual([]);
  });
  it('no figure is formatted with toLocaleString (formatTick and lib/domain do it)', () => {
    expect(offenders(/\.toLocaleString\(/)).toEqual([]);
  });
  it('a destructive confirmation is the inline ConfirmDialog, not window.confirm', () => {
    // The unsaved-changes guard must block a navigation synchronously; finalising an opinion and
    // restoring a revision destroy nothing (the history keeps every version).
    expect(
      offenders(/window\.confirm\(/, [
        'components/sections/use-unsaved-guard.ts',
        'components/review/opinion-editor.tsx',
        'components/sections/section-workspace.tsx',
      ]),
    ).toEqual([]);
  });
});
