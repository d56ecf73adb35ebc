// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** Headers for every response; the Content-Security-Policy (with its nonce) is set in proxy.ts, but for /api/health. */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'playwright-core', 'nodemailer'],
  // Above Next's 1 MB default, so that an oversized text reaches the action and is refused
  // there with a message in the user's language (every text field has its own, smaller limit).
  experimental: { serverActions: { bodySizeLimit: '4mb' } },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // The health check skips the proxy (no session, no nonce): plain text that loads nothing.
      { source: '/api/health', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
