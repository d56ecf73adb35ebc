import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_AREAS, type ClientArea } from './client-areas';
import { namespacesUnder } from './client-graph';

const ROOT = path.resolve(import.meta.dirname, '..');
const areas = Object.keys(CLIENT_AREAS) as ClientArea[];

describe('client messages per area', () => {
  for (const area of areas) {
    const { dirs, namespaces } = CLIENT_AREAS[area];
    it(`${area}: sends exactly the namespaces its components read`, () => {
      const others = areas.filter((a) => a !== area).flatMap((a) => CLIENT_AREAS[a].dirs as readonly string[]);
      expect([...namespaces].sort()).toEqual(namespacesUnder(dirs, others));
    });
    it(`${area}: every directory of the area opens it in its layout`, () => {
      for (const dir of dirs) {
        const layout = fs.readFileSync(path.join(ROOT, dir, 'layout.tsx'), 'utf8');
        expect(layout, dir).toMatch(new RegExp(`<ClientMessages area="${area}"[ >]`));
      }
    });
  }

  it('an area leaves out in read-only pages only namespaces it sends', () => {
    for (const area of areas) {
      const { namespaces, editing = [] } = CLIENT_AREAS[area] as { namespaces: readonly string[]; editing?: readonly string[] };
      for (const ns of editing) expect(namespaces, `${area}: ${ns}`).toContain(ns);
    }
  });

  it('the graph finds a namespace through a chain of imports (a client component two files away)', () => {
    // The section page reaches the narrative editor only through the workspace component.
    expect(namespacesUnder(['app/(app)/years/[year]/sections'], [])).toContain('narrativeEditor');
  });
});
