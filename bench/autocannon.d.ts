// autocannon ships no types; the part the benchmark uses.
declare module 'autocannon' {
  type Options = { url: string; method?: string; headers?: Record<string, string>; body?: string; connections?: number; duration?: number };
  type Result = { requests: { average: number }; errors: number; timeouts: number; non2xx: number };
  type Instance = Promise<Result> & { on: (event: 'response', fn: (client: unknown, status: number, bytes: number, responseTime: number) => void) => void };
  export default function autocannon(options: Options): Instance;
}
