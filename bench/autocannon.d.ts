// autocannon ships no types; the part the benchmark uses.
declare module 'autocannon' {
  type Request = {
    setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };
  type Options = {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Request[];
    connections?: number;
    duration?: number;
    timeout?: number;
  };
  type Result = { requests: { average: number; sent: number }; duration: number; errors: number; timeouts: number; non2xx: number };
  type Instance = Promise<Result> & {
    on: (event: 'response', fn: (client: unknown, status: number, bytes: number, responseTime: number) => void) => void;
  };
  export default function autocannon(options: Options): Instance;
}
