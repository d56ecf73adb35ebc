// Which message namespaces the client components under a route directory read: the import graph
// from the directory's pages and layouts, every `useTranslations('<namespace>…')` found in it.
// Used by i18n/client-areas.test.ts to hold CLIENT_AREAS to the code (no script at runtime).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUTE_FILES = /^(page|layout|not-found|error|loading|template|default)\.tsx?$/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const USE_T = /useTranslations\(\s*['"]([A-Za-z0-9_]+)/g;

function resolve(spec: string, from: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Route files under `dir`, not descending into the directories of `stops` (other areas). */
function routeFiles(dir: string, stops: Set<string>): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!stops.has(p)) out.push(...routeFiles(p, stops));
    } else if (ROUTE_FILES.test(e.name)) out.push(p);
  }
  return out;
}

/** The namespaces read through `useTranslations` by everything the area's route files import. */
export function namespacesUnder(dirs: readonly string[], otherAreaDirs: readonly string[]): string[] {
  const stops = new Set(otherAreaDirs.map((d) => path.join(ROOT, d)));
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const queue = dirs.flatMap((d) => routeFiles(path.join(ROOT, d), stops));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(USE_T)) namespaces.add(m[1]!);
    for (const m of src.matchAll(IMPORT)) {
      const next = resolve((m[1] ?? m[2])!, file);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return [...namespaces].sort();
}
