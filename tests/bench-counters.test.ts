import { describe, expect, it } from 'vitest';
import { cpuMsPerRequest } from '@/bench/counters';
import { rank } from '@/bench/search';

describe('cpuMsPerRequest', () => {
  it('divides the server CPU between two readings (µs) by the requests sent, in ms', () => {
    expect(cpuMsPerRequest({ queries: 0, cpuMicros: 1_000_000 }, { queries: 9, cpuMicros: 3_460_000 }, 200)).toBe(12.3);
  });

  it('gives no figure for a run that sent nothing', () => {
    expect(cpuMsPerRequest({ queries: 0, cpuMicros: 0 }, { queries: 0, cpuMicros: 5000 }, 0)).toBeNull();
  });
});

describe('rank', () => {
  it('takes the value at a share of an ascending list', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(rank(sorted, 0.5)).toBe(6);
    expect(rank(sorted, 0.9)).toBe(10);
    expect(rank([4], 0.99)).toBe(4);
    expect(rank([], 0.5)).toBe(0);
  });
});
