// Section 6 (外部評価委員の意見等) as document blocks, in the plan's form. One owner: the report,
// the PDF and the compilation page's preview all print section 6 through this function.
import type { OpinionsForm } from '@/lib/domain/types';

export type OpinionBlock = { type: 'bullets'; heading: string; items: string[] } | { type: 'para'; lines: string[] };

const lines = (body: string) =>
  body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Paragraphs are separated by a blank line; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map(lines)
    .filter((p) => p.length > 0);
}

/**
 * - grouped: a heading per block (a department or an initiative), then its `・` lines;
 * - bullets: every block's lines as one list, no heading;
 * - paragraph / free: the text as paragraphs (not indented like a bullet), no heading.
 */
export function opinionBlocks(form: OpinionsForm, compiled: readonly { heading: string; body: string }[]): OpinionBlock[] {
  switch (form) {
    case 'grouped':
      return compiled.map((g) => ({ type: 'bullets', heading: g.heading.trim(), items: lines(g.body) }));
    case 'bullets': {
      const items = compiled.flatMap((g) => lines(g.body));
      return items.length ? [{ type: 'bullets', heading: '', items }] : [];
    }
    case 'paragraph':
    case 'free':
      return compiled.flatMap((g) => paragraphs(g.body).map((p) => ({ type: 'para' as const, lines: p })));
  }
}
