// The benchmark's counters: exist only when the server runs with HYOKA_COUNT_QUERIES=1. The
// SQL statements prepared so far, and the server process's cumulative CPU time (µs), which the
// bench reads before and after each measurement to get CPU ms per request.
import { queryCount } from '@/db/open';
import { countingQueries } from '@/lib/env';

export const dynamic = 'force-dynamic';

export function GET() {
  if (!countingQueries()) return new Response('Not found', { status: 404 });
  return Response.json({ queries: queryCount(), cpu: process.cpuUsage() });
}
