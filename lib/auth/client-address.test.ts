import { describe, expect, it } from 'vitest';
import { clientAddress, isTrustedProxy } from './client-address';

const h = (o: Record<string, string>) => new Headers(o);

describe('clientAddress', () => {
  it('ignores X-Forwarded-For and X-Real-IP when no proxy is trusted: the peer is the client', () => {
    const headers = h({ 'x-hyoka-peer': '192.0.2.10', 'x-forwarded-for': '203.0.113.5', 'x-real-ip': '203.0.113.6' });
    expect(clientAddress(headers, [])).toBe('192.0.2.10');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress(h({ 'x-hyoka-peer': '192.0.2.10', 'x-forwarded-for': '203.0.113.5' }), ['10.0.0.1'])).toBe('192.0.2.10');
  });

  it('from a trusted proxy, takes the right-most address that is not a trusted proxy', () => {
    const headers = h({ 'x-hyoka-peer': '10.0.0.1', 'x-forwarded-for': '1.1.1.1, 203.0.113.5, 10.0.0.2' });
    expect(clientAddress(headers, ['10.0.0.0/24'])).toBe('203.0.113.5');
  });

  it('from a trusted proxy without the header, the proxy itself', () => {
    expect(clientAddress(h({ 'x-hyoka-peer': '::ffff:10.0.0.1' }), ['10.0.0.1'])).toBe('10.0.0.1');
  });

  it('without the peer stamp (not started through scripts/start.mjs): one shared key, never a header', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.5' }), ['10.0.0.1'])).toBe('unknown');
  });
});

describe('isTrustedProxy', () => {
  it('matches exact addresses (IPv4-mapped too) and IPv4 ranges', () => {
    expect(isTrustedProxy('::ffff:127.0.0.1', ['127.0.0.1'])).toBe(true);
    expect(isTrustedProxy('::1', ['::1'])).toBe(true);
    expect(isTrustedProxy('10.1.2.3', ['10.0.0.0/8'])).toBe(true);
    expect(isTrustedProxy('11.1.2.3', ['10.0.0.0/8'])).toBe(false);
    expect(isTrustedProxy('10.1.2.3', ['10.0.0.0/33'])).toBe(false);
    expect(isTrustedProxy('192.0.2.1', [])).toBe(false);
  });
});
