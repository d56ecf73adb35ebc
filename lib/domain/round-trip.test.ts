import { describe, expect, it } from 'vitest';
// Formatting and parsing agree: what the domain prints, it reads back.
import { formatCount, formatIndicatorValue, formatScaled, formatYen } from './money';
import { DEFAULT_UNIT_SCALE, parseNumberInput } from './parse-number';
import { formatRatio, ratioTenths } from './ratio';
import type { IndicatorUnit } from './types';

// A deterministic pseudo-random sequence (mulberry32) for round-trip checks.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('format → parse round trips', () => {
  const next = random(42);
  const amounts = [
    0,
    1,
    9999,
    10000,
    100000000,
    1106400000000,
    -2419000000,
    369956000000,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    ...Array.from({ length: 300 }, () => {
      const magnitude = Math.floor(next() * 10 ** Math.floor(next() * 16));
      return next() < 0.3 && magnitude !== 0 ? -magnitude : magnitude;
    }),
  ];

  it('parses every exact formatYen output back to the same yen', () => {
    for (const yen of amounts) {
      for (const spaced of [false, true]) {
        const text = formatYen(yen, { precision: 'yen', spaced });
        const parsed = parseNumberInput(text, { unit: 'yen', allowNegative: true });
        expect(parsed, text).toEqual({ ok: true, value: yen });
      }
    }
  });

  it('parses formatCount output back', () => {
    for (const n of amounts) {
      const text = formatCount(n);
      expect(parseNumberInput(text, { unit: 'cases', allowNegative: true }), text).toEqual({
        ok: true,
        value: n,
      });
    }
  });

  it('parses indicator values back for every unit', () => {
    const units: IndicatorUnit[] = ['cases', 'businesses', 'times', 'multiple', 'percent'];
    for (const unit of units) {
      const scale = DEFAULT_UNIT_SCALE[unit];
      for (let i = 0; i < 100; i++) {
        const magnitude = Math.floor(next() * 1e7);
        const value = next() < 0.2 && magnitude !== 0 ? -magnitude : magnitude;
        for (const spaced of [false, true]) {
          const text = formatIndicatorValue(value, unit, scale, { spaced });
          const parsed = parseNumberInput(text, { unit, allowNegative: true });
          expect(parsed, text).toEqual({ ok: true, value });
        }
      }
    }
  });

  it('parses formatScaled and formatRatio output back as percent', () => {
    for (const tenths of [0, 5, 922, 1021, 32620, -25]) {
      expect(parseNumberInput(formatScaled(tenths, 1), { unit: 'percent', allowNegative: true })).toEqual({ ok: true, value: tenths });
      expect(parseNumberInput(formatRatio(tenths), { unit: 'percent', allowNegative: true })).toEqual({ ok: true, value: tenths });
    }
  });
});

describe('the reference 事業計画 table', () => {
  const rows = [
    { actual: 11064e8, plan: 12000e8, expected: '92.2％' },
    { actual: 51076e8, plan: 50000e8, expected: '102.1％' },
    { actual: 863e8, plan: 1000e8, expected: '86.3％' },
    { actual: 10848000000, plan: 100e8, expected: '108.4％' },
  ];

  it('reproduces 計画比 with truncation', () => {
    for (const { actual, plan, expected } of rows) {
      expect(formatRatio(ratioTenths(actual, plan, 'down'))).toBe(expected);
    }
  });
});
