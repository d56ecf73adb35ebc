// The benchmark's query counter: exists only when the server runs with HYOKA_COUNT_QUERIES=1.
import { queryCount } from '@/db/open';
import { countingQueries } from '@/lib/env';

export const dynamic = 'force-dynamic';

export function GET() {
  if (!countingQueries()) return new Response('Not found', { status: 404 });
  return Response.json({ queries: queryCount() });
}
