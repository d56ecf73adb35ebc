import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS } from '@/messages/areas';

const load = (locale: string, area: string) => JSON.parse(fs.readFileSync(path.join('messages', locale, `${area}.json`), 'utf8'));
const keys = (obj: unknown, prefix = ''): string[] =>
  typeof obj === 'object' && obj !== null ? Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

describe('message files', () => {
  it('every area exists in both languages with the same keys', () => {
    for (const area of MESSAGE_AREAS) expect(keys(load('en', area)).sort(), area).toEqual(keys(load('ja', area)).sort());
  });
  it('no top-level namespace is defined by two areas', () => {
    const seen = new Map<string, string>();
    for (const area of MESSAGE_AREAS)
      for (const ns of Object.keys(load('ja', area))) {
        expect(seen.get(ns), `${ns} in ${area} and ${seen.get(ns)}`).toBeUndefined();
        seen.set(ns, area);
      }
  });
  it('every message file on disk is listed', () => {
    const files = fs.readdirSync(path.join('messages', 'ja')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...MESSAGE_AREAS].sort());
  });
});
