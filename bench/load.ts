// One autocannon run, with exact percentiles from every response time.
import autocannon from 'autocannon';

export type LoadResult = {
  connections: number;
  seconds: number;
  /** Responses received. */
  requests: number;
  /** Requests put on the wire: the received ones and those still in flight when the run stopped. */
  sent: number;
  /** The load generator's own CPU (this process, user + system) over the run's wall time: 0.5 = half a core. */
  clientCpu: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
};

export type RequestSpec = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };

/**
 * A target whose every request is built fresh and whose every response is read back (the
 * autosave: each save names the version the previous one returned).
 */
export type Dynamic = {
  next: () => { request: RequestSpec; token: number };
  done: (token: number, status: number, body: string) => void;
};

export type Target = { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string; dynamic?: Dynamic };

const percentile = (sorted: number[], p: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : 0;

/** One request outside the load run (warm-up, query count), through the same dynamic state. */
export async function once(base: string, target: Target): Promise<{ status: number; body: string; bytes: number; contentType: string }> {
  const read = async (res: Response) => {
    const buf = Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: buf.toString('utf8'), bytes: buf.length, contentType: res.headers.get('content-type') ?? '' };
  };
  if (target.dynamic) {
    const { request, token } = target.dynamic.next();
    const r = await read(
      await fetch(base + request.path, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' }),
    );
    target.dynamic.done(token, r.status, r.body);
    return r;
  }
  return read(
    await fetch(base + target.path, { method: target.method ?? 'GET', headers: target.headers, body: target.body, redirect: 'manual' }),
  );
}

/** Time for the requests still in flight when a run stopped to finish on the server. */
export function settleMs(r: LoadResult): number {
  return Math.min(30_000, Math.round((1000 * r.connections) / Math.max(r.rps, 0.5)) + 300);
}

/** A run with its sorted response times and its measured length kept (bench/alternate.ts adds slices up). */
export async function loadTimed(
  base: string,
  target: Target,
  connections: number,
  seconds: number,
): Promise<LoadResult & { times: number[]; elapsed: number; wallMs: number }> {
  const times: number[] = [];
  const dyn = target.dynamic;
  // autocannon resets a connection's context before building each request, and hands the same
  // context to that request's onResponse: enough to carry a token from one to the other.
  const requests = dyn
    ? [
        {
          setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
            const { request, token } = dyn.next();
            context.token = token;
            return { ...req, method: request.method, path: request.path, headers: { ...request.headers }, body: request.body };
          },
          onResponse: (status: number, body: string, context: Record<string, unknown>) => dyn.done(context.token as number, status, body),
        },
      ]
    : undefined;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const instance = autocannon({
    url: base + target.path,
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    requests,
    connections,
    duration: seconds,
    // A slow page at 50 connections queues for long: count it as slow, not as failed.
    timeout: 120,
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - wall0;
  times.sort((a, b) => a - b);
  return {
    ...summarise(connections, seconds, {
      times,
      elapsed: result.duration > 0 ? result.duration : seconds,
      sent: Math.max(result.requests.sent, times.length),
      clientCpuMicros: cpu.user + cpu.system,
      wallMs,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }),
    times,
    elapsed: result.duration > 0 ? result.duration : seconds,
    wallMs,
  };
}

/** What a run (or several slices of one) is summarised from. `times` sorted. */
export type RunTotals = {
  times: number[];
  elapsed: number;
  sent: number;
  clientCpuMicros: number;
  wallMs: number;
  errors: number;
  non2xx: number;
};

export function summarise(connections: number, seconds: number, t: RunTotals): LoadResult {
  return {
    connections,
    seconds,
    requests: t.times.length,
    sent: t.sent,
    clientCpu: Math.round((t.clientCpuMicros / 1000 / t.wallMs) * 100) / 100,
    rps: Math.round((t.times.length / t.elapsed) * 10) / 10,
    p50: percentile(t.times, 50),
    p95: percentile(t.times, 95),
    p99: percentile(t.times, 99),
    errors: t.errors,
    non2xx: t.non2xx,
  };
}

export async function load(base: string, target: Target, connections: number, seconds: number): Promise<LoadResult> {
  const { times: _t, elapsed: _e, wallMs: _w, ...result } = await loadTimed(base, target, connections, seconds);
  return result;
}
