// One autocannon run, with exact percentiles from every response time.
import autocannon from 'autocannon';

export type LoadResult = { connections: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export type Target = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

export async function load(base: string, target: Target, connections: number, seconds: number): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: base + target.path,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections,
    duration: seconds,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    connections,
    rps: Math.round(result.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
