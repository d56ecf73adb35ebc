import { describe, expect, it } from 'vitest';
import { fromWireText, toWireText, type WireText } from './wire-text';

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
});
