// Redirects anonymous visitors to the login page and sets the nonce-based CSP. This is a
// convenience, not security: every page, route handler and action checks the user itself.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { isDevelopment } from '@/lib/env';

const { auth } = NextAuth(authConfig);

const PUBLIC = [/^\/login(\/|$)/, /^\/api\/health$/, /^\/api\/auth\//, /^\/api\/debug\/queries$/];

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

export default auth((req) => {
  const { pathname, search } = req.nextUrl;
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  if (!isPublic && !req.auth) {
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
});

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)'],
};
