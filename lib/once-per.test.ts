import { describe, expect, it } from 'vitest';
import { oncePer } from './once-per';

describe('oncePer', () => {
  it('makes a value once per key object, and anew for another object with the same contents', () => {
    let calls = 0;
    const double = oncePer((v: { n: number }) => {
      calls++;
      return { twice: v.n * 2 };
    });
    const a = { n: 21 };
    const first = double(a);
    expect(first).toEqual({ twice: 42 });
    expect(double(a)).toBe(first);
    expect(calls).toBe(1);
    expect(double({ n: 21 })).not.toBe(first);
    expect(calls).toBe(2);
  });

  it('keeps a falsy value instead of making it again', () => {
    let calls = 0;
    const none = oncePer((_: object) => {
      calls++;
      return undefined;
    });
    const key = {};
    none(key);
    none(key);
    expect(calls).toBe(1);
  });

  it('keeps separate values for each function made with it', () => {
    const key = { n: 1 };
    const plusOne = oncePer((v: { n: number }) => v.n + 1);
    const minusOne = oncePer((v: { n: number }) => v.n - 1);
    expect([plusOne(key), minusOne(key)]).toEqual([2, 0]);
  });
});
