import { describe, expect, it } from 'vitest';
import type { NumberingStyle, SectionKind } from '@/lib/domain/types';
import { type OutlineRow, renumberOutline } from './renumber';

let nextId = 1;
const row = (
  parentId: number | null,
  kind: SectionKind = 'heading',
  numberStyle: NumberingStyle | null = null,
  number = '',
): OutlineRow => ({
  id: nextId++,
  parentId,
  sortOrder: nextId,
  kind,
  number,
  numberStyle,
});

describe('renumberOutline', () => {
  it('numbers a three-level outline ４. → ⑴ → ① in the styles of its levels, skipping the preface', () => {
    nextId = 1;
    const preface = row(null, 'preface');
    const a = row(null, 'narrative');
    const b = row(null, 'narrative');
    const c = row(null);
    const d = row(null);
    const d1 = row(d.id);
    const d2 = row(d.id);
    const d1a = row(d1.id, 'initiative');
    const d1b = row(d1.id, 'initiative');
    const rows = [preface, a, b, c, d, d1, d2, d1a, d1b];
    const out = renumberOutline(rows, ['arabic_dot', 'paren_enclosed', 'circled'], 'full');
    expect(out.get(preface.id)).toBeUndefined();
    expect([a, b, c, d].map((r) => out.get(r.id))).toEqual(['１.', '２.', '３.', '４.']);
    expect([d1, d2].map((r) => out.get(r.id))).toEqual(['⑴', '⑵']);
    expect([d1a, d1b].map((r) => out.get(r.id))).toEqual(['①', '②']);
  });

  it('follows a section’s own style, clears numbers past the styled levels, and reports only changes', () => {
    nextId = 1;
    const a = row(null, 'heading', null, '1.');
    const b = row(null, 'heading', 'none', '2.');
    const c = row(null, 'heading', null, '');
    const a1 = row(a.id, 'narrative', 'katakana');
    const a2 = row(a.id, 'narrative', null, '(1)');
    const out = renumberOutline([a, b, c, a1, a2], ['arabic_dot'], 'half');
    expect(out.has(a.id)).toBe(false);
    expect(out.get(b.id)).toBe('');
    expect(out.get(c.id)).toBe('2.');
    expect(out.get(a1.id)).toBe('ア');
    expect(out.get(a2.id)).toBe('');
  });

  it('renumbers one branch at its own depth', () => {
    nextId = 1;
    const top = row(null, 'heading', null, '１.');
    const k1 = row(top.id);
    const k2 = row(top.id);
    const k2a = row(k2.id);
    const out = renumberOutline([top, k1, k2, k2a], ['arabic_dot', 'paren', 'kanji'], 'half', top.id);
    expect(out.has(top.id)).toBe(false);
    expect([k1, k2, k2a].map((r) => out.get(r.id))).toEqual(['(1)', '(2)', '一、']);
  });

  it('gives the Tokyo outline its printed chapter numbers', () => {
    nextId = 1;
    const rows = [row(null, 'preface'), ...Array.from({ length: 6 }, () => row(null, 'narrative'))];
    expect([...renumberOutline(rows, ['arabic_dot'], 'full').values()]).toEqual(['１.', '２.', '３.', '４.', '５.', '６.']);
  });
});
