// Liveness only: no auth and no database work (the benchmark's baseline).
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response('ok', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
