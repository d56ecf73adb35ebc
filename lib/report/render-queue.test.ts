import { describe, expect, it } from 'vitest';
import { RenderQueue } from './render-queue';

describe('RenderQueue', () => {
  it('runs at most `limit` tasks at once, the rest in arrival order, and every task finishes', async () => {
    const q = new RenderQueue(2);
    let now = 0;
    let peak = 0;
    const started: number[] = [];
    const release: (() => void)[] = [];
    const tasks = Array.from({ length: 8 }, (_v, i) =>
      q.run(async () => {
        now++;
        peak = Math.max(peak, now);
        started.push(i);
        await new Promise<void>((r) => release.push(r));
        now--;
        return i;
      }),
    );
    // Let the first two start, then release one at a time.
    for (let done = 0; done < 8; done++) {
      await new Promise((r) => setImmediate(r));
      expect(q.state().running).toBeLessThanOrEqual(2);
      release.shift()!();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(q.state()).toEqual({ running: 0, waiting: 0 });
  });

  it('a failing task frees its slot', async () => {
    const q = new RenderQueue(1);
    await expect(q.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.run(async () => 'next')).toBe('next');
    expect(q.state()).toEqual({ running: 0, waiting: 0 });
  });
});
