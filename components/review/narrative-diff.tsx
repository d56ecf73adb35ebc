import { diffChars } from 'diff';

/** What changed in a narrative since a member last read it: insertions underlined, deletions struck. */
export function NarrativeDiff({ before, after, legend }: { before: string; after: string; legend: string }) {
  const parts = diffChars(before, after);
  return (
    <div className="space-y-1">
      <p className="text-xs text-slate-600">{legend}</p>
      <p className="whitespace-pre-wrap rounded bg-slate-50 p-3 leading-7" data-testid="narrative-diff">
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i} className="bg-emerald-100 text-emerald-900 underline">
              {p.value}
            </ins>
          ) : p.removed ? (
            <del key={i} className="bg-red-100 text-red-900 line-through">
              {p.value}
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </p>
    </div>
  );
}
