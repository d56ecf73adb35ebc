// The English switch must never fall back to a key or to Japanese: both locales hold the same
// message keys, every area file is listed, and ICU placeholders match between the two.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS } from '@/messages/areas';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const load = (locale: string, area: string) =>
  flatten(JSON.parse(fs.readFileSync(path.join('messages', locale, `${area}.json`), 'utf8')) as Tree);
/** ICU argument names: a brace opened at even depth starts an argument, at odd depth a branch. */
function placeholders(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') {
      if (depth % 2 === 0) names.push(/^\{\s*(\w+)/.exec(text.slice(i))?.[1] ?? '');
      depth++;
    } else if (text[i] === '}') depth--;
  }
  return names.sort();
}

describe('messages', () => {
  it('every area file on disk is listed, in both locales', () => {
    for (const locale of ['ja', 'en']) {
      const files = fs.readdirSync(path.join('messages', locale)).map((f) => f.replace(/\.json$/, '')).sort();
      expect(files).toEqual([...MESSAGE_AREAS].sort());
    }
  });

  for (const area of MESSAGE_AREAS) {
    it(`${area}: the same keys and placeholders in Japanese and English`, () => {
      const ja = load('ja', area);
      const en = load('en', area);
      expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
      for (const [key, text] of ja) {
        expect(text.trim(), `ja ${key}`).not.toBe('');
        expect(placeholders(en.get(key)!), `${area}.${key}`).toEqual(placeholders(text));
      }
    });
  }

  it('namespaces do not repeat across area files', () => {
    const seen = new Map<string, string>();
    for (const area of MESSAGE_AREAS) {
      const top = Object.keys(JSON.parse(fs.readFileSync(path.join('messages', 'ja', `${area}.json`), 'utf8')));
      for (const ns of top) {
        expect(seen.get(ns), `namespace ${ns} in ${area}`).toBeUndefined();
        seen.set(ns, area);
      }
    }
  });
});
