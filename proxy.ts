// Redirects visitors without a session cookie to the login page and sets the nonce-based CSP.
// This is a convenience, not security: it only looks for the cookie (decoding it here would
// decode every session twice); every page, route handler and action checks the user itself
// (lib/auth/session), and an undecodable or revoked cookie is refused there.
import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIES } from '@/lib/auth/cookies';
import { isDevelopment } from '@/lib/env';

const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth\//, /^\/api\/debug\/queries$/];

function contentSecurityPolicy(nonce: string): string {
  const dev = isDevelopment();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  if (!isPublic && !SESSION_COOKIES.some((name) => req.cookies.get(name)?.value)) {
    const url = new URL('/login', req.nextUrl.origin);
    if (pathname !== '/') url.searchParams.set('next', pathname + search);
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('content-security-policy', csp);
  return res;
}

export const config = {
  // Not for static files nor the health check (a load balancer's probe needs no CSP nor session).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health$|.*\\.(?:png|svg|ico|css|js)$).*)'],
};
