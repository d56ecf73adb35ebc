// The bench's alternating slices, against a real HTTP server that records what it was asked for:
// /login and the page take turns, the figures add the slices up, and the server CPU counter is
// read around the page's slices only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternate, servedIn, sliceCount } from '@/bench/alternate';

describe('sliceCount', () => {
  it('cuts a page into slices of at least 2 s with ten responses per connection each', () => {
    expect(sliceCount(10, 10, 75)).toBe(5); // 2 s slices
    expect(sliceCount(10, 10, 30)).toBe(2); // 10 × 10 / 30 → 4 s slices
    expect(sliceCount(10, 50, 60)).toBe(1); // 9 s slices: one, as long as the run
    expect(sliceCount(3, 10, 500)).toBe(1);
  });
});

describe('servedIn', () => {
  it('counts the requests still in flight at the end of a slice as half served', () => {
    expect(servedIn({ requests: 100, sent: 110 })).toBe(105);
    expect(servedIn({ requests: 100, sent: 100 })).toBe(100);
  });
});

describe('alternate', () => {
  const seen: string[] = [];
  let cpuReads = 0;
  let base = '';
  const server = http.createServer((req, res) => {
    if (req.url === '/api/debug/queries') {
      cpuReads++;
      // The counter the bench reads: 1,000 µs more at every reading.
      res.end(JSON.stringify({ queries: 0, cpu: { user: cpuReads * 1000, system: 0 } }));
      return;
    }
    seen.push(req.url ?? '');
    setTimeout(() => res.end('ok'), req.url === '/page' ? 4 : 2);
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('runs /login, page, /login, page, /login, page, /login, and adds each side up', async () => {
    let beforePage = 0;
    const a = await alternate(base, { path: '/page' }, { path: '/login' }, 2, 0.9, 3, () => beforePage++);
    // The order the server saw them in, runs of the same path collapsed.
    const turns = seen.filter((p, i) => i === 0 || seen[i - 1] !== p);
    expect(turns).toEqual(['/login', '/page', '/login', '/page', '/login', '/page', '/login']);
    expect(beforePage).toBe(3);
    expect(a.pageSlices).toHaveLength(3);
    expect(a.loginSlices).toHaveLength(4);
    const served = (p: string) => seen.filter((x) => x === p).length;
    expect(a.page.requests).toBeLessThanOrEqual(served('/page'));
    expect(a.page.sent).toBeGreaterThanOrEqual(a.page.requests);
    expect(a.page.requests + a.login.requests).toBeGreaterThan(0);
    expect(a.login.requests).toBeLessThanOrEqual(served('/login'));
    // Two readings around each page slice, 1,000 µs apart: 3 ms over the page's requests sent.
    expect(cpuReads).toBe(6);
    expect(a.serverCpuMs).toBeCloseTo(3 / a.page.sent, 2);
    expect(a.page.errors + a.login.errors).toBe(0);
  });
});
