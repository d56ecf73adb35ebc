import { describe, expect, it } from 'vitest';
import { kB, pageBytes } from '@/bench/html';

// The shape Next 16 writes: a bootstrap push([0]), then the payload in [1,"…"] chunks, with
// `<` escaped as \u003c inside the JSON string.
const bootstrap = '<script>(self.__next_f=self.__next_f||[]).push([0])</script>';
const chunk1 = '<script>self.__next_f.push([1,"0:{\\"a\\":\\"評価\\"}\\n"])</script>';
const chunk2 = '<script>self.__next_f.push([1,"1:\\"\\u003cb\\u003e\\"\\n"])</script>';
const markup = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>ログイン</p>';
const html = `${markup}${bootstrap}${chunk1}${chunk2}</body></html>`;

describe('pageBytes', () => {
  it('splits the document into markup and the inline self.__next_f scripts, in UTF-8 bytes', () => {
    const b = pageBytes(html);
    expect(b.document).toBe(Buffer.byteLength(html));
    expect(b.inlinePayload).toBe(Buffer.byteLength(bootstrap + chunk1 + chunk2));
    expect(b.markup).toBe(Buffer.byteLength(`${markup}</body></html>`));
  });

  it('decodes the pushed strings (escapes undone, multi-byte characters counted as bytes)', () => {
    expect(pageBytes(html).payloadDecoded).toBe(Buffer.byteLength('0:{"a":"評価"}\n') + Buffer.byteLength('1:"<b>"\n'));
  });

  it('leaves other scripts in the markup and finds no payload where there is none', () => {
    const plain = '<html><body><script>console.log("self")</script><script src="x.js"></script></body></html>';
    expect(pageBytes(plain)).toEqual({ document: plain.length, inlinePayload: 0, markup: plain.length, payloadDecoded: 0 });
  });

  it('counts an unparsable push as weight but not as decoded payload', () => {
    const broken = '<script>self.__next_f.push([1,"unterminated])</script>';
    const b = pageBytes(`<p>x</p>${broken}`);
    expect(b.inlinePayload).toBe(broken.length);
    expect(b.payloadDecoded).toBe(0);
  });
});

describe('kB', () => {
  it('writes thousands of bytes with one decimal', () => {
    expect(kB(24_940)).toBe('24.9 kB');
    expect(kB(109_499)).toBe('109.5 kB');
    expect(kB(2)).toBe('2 B');
  });
});
