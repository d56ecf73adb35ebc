// The address a login attempt is counted against (the login throttle's `address:` key).
// X-Forwarded-For is written by whoever sends the request: it is believed only when the TCP
// peer (x-hyoka-peer, stamped by the server itself: scripts/peer-address.cjs) is one of the
// configured trusted proxies, and then the right-most address that is not a trusted proxy is
// the client (each proxy appends the address it saw; anything to its left may be forged).

/** ::ffff:127.0.0.1 → 127.0.0.1 */
const plain = (a: string) => a.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

function ipv4(a: string): number | null {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/** Whether `address` is in `trusted` (exact addresses, or IPv4 ranges such as 10.0.0.0/8). */
export function isTrustedProxy(address: string, trusted: readonly string[]): boolean {
  const a = plain(address);
  return trusted.some((entry) => {
    const [net, bits] = entry.split('/');
    if (bits === undefined) return plain(entry) === a;
    const n = ipv4(plain(net ?? ''));
    const x = ipv4(a);
    const b = Number(bits);
    if (n === null || x === null || !Number.isInteger(b) || b < 0 || b > 32) return false;
    const size = 2 ** (32 - b);
    return Math.floor(n / size) === Math.floor(x / size);
  });
}

export function clientAddress(headers: Headers, trusted: readonly string[]): string {
  const peer = plain(headers.get('x-hyoka-peer') ?? '');
  if (!peer) return 'unknown';
  if (!isTrustedProxy(peer, trusted)) return peer;
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) if (!isTrustedProxy(chain[i]!, trusted)) return chain[i]!;
  return chain[0] ?? peer;
}
