// What a page's HTML is made of: the markup, and the RSC payload Next inlines in it as
// `<script>self.__next_f.push([1,"…"])</script>` elements (the data React hydrates from).
export type PageBytes = {
  /** The whole document, as sent (uncompressed). */
  document: number;
  /** The inline `self.__next_f` script elements, tags included, as they weigh in the document. */
  inlinePayload: number;
  /** The document without those scripts. */
  markup: number;
  /** The payload itself: the pushed strings, decoded (what React reads). */
  payloadDecoded: number;
};

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const INLINE = /<script\b[^>]*>\s*\(?self\.__next_f\b[\s\S]*?<\/script>/g;
const PUSH = /self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/;

/** The pushed string of one inline script, or '' for the bootstrap push([0]) and anything unparsable. */
function pushedText(script: string): string {
  const body = script.replace(/^<script\b[^>]*>/, '').replace(/<\/script>$/, '');
  const m = body.match(PUSH);
  if (!m) return '';
  try {
    const arr = JSON.parse(m[1]!) as unknown[];
    return typeof arr[1] === 'string' ? arr[1] : '';
  } catch {
    return '';
  }
}

export function pageBytes(html: string): PageBytes {
  const scripts = html.match(INLINE) ?? [];
  const document = utf8(html);
  const inlinePayload = scripts.reduce((n, s) => n + utf8(s), 0);
  return {
    document,
    inlinePayload,
    markup: document - inlinePayload,
    payloadDecoded: scripts.reduce((n, s) => n + utf8(pushedText(s)), 0),
  };
}

/** "12.3 kB" (1 kB = 1,000 bytes, as the targets are written); "2 B" under a kB. */
export const kB = (bytes: number) => (bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`);
