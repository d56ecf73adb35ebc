import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS } from '@/messages/areas';

const load = (locale: string, area: string) => JSON.parse(fs.readFileSync(path.join('messages', locale, `${area}.json`), 'utf8'));
const keys = (obj: unknown, prefix = ''): string[] =>
  typeof obj === 'object' && obj !== null ? Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];

/**
 * ICU argument names: a brace opened at even depth starts an argument, at odd depth a branch.
 * An apostrophe before a brace quotes it (`'{name}'` is text, up to the next apostrophe).
 */
function placeholders(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" && (text[i + 1] === '{' || text[i + 1] === '}')) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close;
    } else if (text[i] === '{') {
      if (depth % 2 === 0) names.push(/^\{\s*(\w+)/.exec(text.slice(i))?.[1] ?? '');
      depth++;
    } else if (text[i] === '}') depth--;
  }
  return names.sort();
}
const lookup = (obj: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], obj);

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
  it('English uses the same ICU arguments as Japanese, and no text is empty', () => {
    for (const area of MESSAGE_AREAS) {
      const ja = load('ja', area);
      const en = load('en', area);
      for (const key of keys(ja)) {
        const j = lookup(ja, key) as string;
        expect(j.trim(), `ja ${area}.${key}`).not.toBe('');
        expect(placeholders(lookup(en, key) as string), `${area}.${key}`).toEqual(placeholders(j));
      }
    }
  });
  it('reads quoted braces as text', () => {
    expect(placeholders("a '{placeholder}' and {n}")).toEqual(['n']);
  });
  it('reads arguments, not the branches of a select', () => {
    expect(placeholders('{n}件 {month, select, 4 {4月} other {{m}月}}')).toEqual(['m', 'month', 'n']);
  });
});
