'use client';
import { diffArrays } from 'diff';

/** Japanese has no spaces between words: split with the browser's word segmenter, then diff the words. */
let segmenter: Intl.Segmenter | undefined;
function words(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
    return [...segmenter.segment(text)].map((s) => s.segment);
  }
  return text.split(/(\s+)/);
}

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffArrays(words(before), words(after));
  return (
    <p className="whitespace-pre-wrap rounded bg-slate-50 p-3 leading-7" data-testid="word-diff">
      {parts.map((p, i) => {
        const text = p.value.join('');
        if (p.added)
          return (
            <ins key={i} className="bg-emerald-100 text-emerald-900 underline">
              {text}
            </ins>
          );
        if (p.removed)
          return (
            <del key={i} className="bg-red-100 text-red-900 line-through">
              {text}
            </del>
          );
        return <span key={i}>{text}</span>;
      })}
    </p>
  );
}
