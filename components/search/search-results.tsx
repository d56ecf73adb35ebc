import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import type { SearchResult } from '@/lib/search/search';
import { Badge } from '@/components/ui/badge';

export async function SearchResults({ results }: { results: SearchResult[] }) {
  const t = await getTranslations('search');
  return (
    <ol className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="search-results">
      {results.map((r, i) => (
        <li key={`${r.link}-${i}`} className="space-y-1 p-3" data-testid="search-result">
          <div className="flex flex-wrap items-baseline gap-2 text-xs text-slate-600">
            <Badge>{t(`kinds.${r.kind}`)}</Badge>
            <span>{t('yearOption', { year: r.year })}</span>
            {r.departmentName && <span>{r.departmentName}</span>}
          </div>
          <Link href={r.link} className="font-medium text-brand-900 underline-offset-2 hover:underline">
            {r.title || t(`kinds.${r.kind}`)}
          </Link>
          <p className="text-sm text-slate-800" data-testid="snippet">
            {r.snippet.map((p, j) =>
              p.hit ? (
                <mark key={j} className="rounded bg-yellow-200 px-0.5">
                  {p.text}
                </mark>
              ) : (
                <span key={j}>{p.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
