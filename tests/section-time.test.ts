import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime } from '@/components/sections/time';

describe('section times', () => {
  it('prints stored UTC times in Japan time, with or without a zone in the stored text', () => {
    expect(formatDateTime('2025-11-25T05:05:00.000Z')).toBe('2025/11/25 14:05');
    expect(formatDateTime('2025-11-25 15:30:00')).toBe('2025/11/26 00:30');
    expect(formatTime('2025-11-25T05:05:00.000Z')).toBe('14:05');
  });

  it('answers a time printed before the same, and each time its own', () => {
    const times = Array.from({ length: 1500 }, (_, i) => new Date(Date.UTC(2025, 3, 1, 0, i)).toISOString());
    const first = times.map(formatDateTime);
    expect(new Set(first).size).toBe(1500);
    expect(times.map(formatDateTime)).toEqual(first);
    expect(first[60]).toBe('2025/04/01 10:00');
  });
});
