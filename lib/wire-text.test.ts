import { describe, expect, it } from 'vitest';
import { fromWireText, keptFromWireText, toWireText, type WireText } from './wire-text';

describe('wire text', () => {
  it('gives back what was sent: nested values, nulls, Japanese text and numbers as they were', () => {
    const value = { year: 2024, rows: [{ id: 1, name: '保証承諾（金額）', plan: 1_200_000_000_000, ratio: null }], ok: true };
    const text: WireText<typeof value> = toWireText(value);
    expect(typeof text).toBe('string');
    expect(fromWireText(text)).toEqual(value);
  });

  it('leaves out what JSON cannot carry (undefined fields), as the page payload would', () => {
    const text = toWireText({ a: 1, b: undefined as number | undefined });
    expect(fromWireText(text)).toEqual({ a: 1 });
    expect(Object.hasOwn(fromWireText(text), 'b')).toBe(false);
  });

  it("keeps a text's value, read-only, so a page rendered again with the same data reuses it", () => {
    const text = toWireText({ rows: [{ id: 1, name: '保証承諾' }] });
    const first = keptFromWireText(text);
    // The same text arriving again (another request's payload) is another string of equal content.
    expect(keptFromWireText(`${text} `.trimEnd() as typeof text)).toBe(first);
    expect(Object.isFrozen(first.rows[0])).toBe(true);
    expect(() => {
      (first.rows[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(keptFromWireText(toWireText({ rows: [{ id: 2, name: '保証承諾' }] }))).not.toBe(first);
  });

  it('keeps only the texts read most recently', () => {
    const text = toWireText({ n: -1 });
    const first = keptFromWireText(text);
    for (let n = 0; n < 64; n++) keptFromWireText(toWireText({ n }));
    const again = keptFromWireText(text);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
