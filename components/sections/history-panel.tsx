'use client';
import { useQueries } from '@tanstack/react-query';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { formatDateTime } from './time';
import type { Revision } from './types';
import { WordDiff } from './word-diff';

type RevisionText = { version: number; narrative: string; rating: string | null };

/** A saved version's text, read when it is compared (the page lists the versions only). */
async function fetchRevisionText(sectionId: number, version: number): Promise<RevisionText> {
  const res = await fetch(`/api/sections/${sectionId}/revisions?versions=${version}`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  const { revisions } = (await res.json()) as { revisions: RevisionText[] };
  const found = revisions.find((r) => r.version === version);
  if (!found) throw new Error('404');
  return found;
}

type Props = {
  sectionId: number;
  revisions: Revision[];
  canRestore: boolean;
  currentVersion: number;
  onRestore: (version: number) => void;
  busy: boolean;
};

/** Every saved version (who, when), a word-level diff between any two, and restore as a new version. */
export function HistoryPanel({ sectionId, revisions, canRestore, currentVersion, onRestore, busy }: Props) {
  const t = useTranslations('history');
  const ts = useTranslations('status');
  const [from, setFrom] = useState(revisions[1]?.version ?? revisions[0]?.version ?? 0);
  const [to, setTo] = useState(revisions[0]?.version ?? 0);
  if (revisions.length === 0) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const label = (r: Revision) =>
    `${t('version', { version: r.version })}（${t('by', { name: r.author ?? '', time: formatDateTime(r.createdAt) })}）`;
  return (
    <div className="space-y-3">
      <ol
        className="max-h-64 divide-y divide-slate-100 overflow-auto rounded border border-slate-200 bg-white text-sm"
        data-testid="revisions"
      >
        {revisions.map((r) => (
          <li key={r.version} className="flex flex-wrap items-center justify-between gap-2 px-3 py-1.5">
            <span>
              <strong className="mr-2">{t('version', { version: r.version })}</strong>
              {t('by', { name: r.author ?? '', time: formatDateTime(r.createdAt) })}
              <span className="ml-2 text-xs text-slate-600">
                {ts(r.status)}
                {r.rating ? `・${t('rating', { rating: r.rating })}` : ''}
              </span>
            </span>
            {canRestore && r.version !== currentVersion && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onRestore(r.version)}
                className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50"
                aria-label={`${t('restore')}: ${t('version', { version: r.version })}`}
              >
                {t('restore')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t('compare')}</legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {(
            [
              ['from', from, setFrom],
              ['to', to, setTo],
            ] as const
          ).map(([key, value, set]) => (
            <label key={key} className="flex items-center gap-1">
              {t(key)}
              <select value={value} onChange={(e) => set(Number(e.target.value))} className="rounded border border-slate-300 px-1 py-0.5">
                {revisions.map((r) => (
                  <option key={r.version} value={r.version}>
                    {label(r)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-600">{t('legend')}</p>
        {/* Rendered only in the browser (the section workspace waits for hydration): the texts are read there. */}
        <QueryProvider>
          <RevisionDiff sectionId={sectionId} from={from} to={to} />
        </QueryProvider>
      </fieldset>
    </div>
  );
}

/** The word-level diff of two saved versions; a saved version never changes, so each text is read once per page. */
function RevisionDiff({ sectionId, from, to }: { sectionId: number; from: number; to: number }) {
  const t = useTranslations('history');
  const [a, b] = useQueries({
    queries: [from, to].map((version) => ({
      queryKey: ['revision-text', sectionId, version],
      queryFn: () => fetchRevisionText(sectionId, version),
      enabled: version > 0,
      staleTime: Number.POSITIVE_INFINITY,
      refetchOnWindowFocus: false,
    })),
  });
  if (a?.data && b?.data) {
    if (a.data.narrative === b.data.narrative) return <p className="text-sm text-slate-700">{t('same')}</p>;
    return <WordDiff before={a.data.narrative} after={b.data.narrative} />;
  }
  if (!a?.isError && !b?.isError) return <Loading />;
  return (
    <p role="alert" className="text-sm text-red-800">
      {t('loadFailed')}{' '}
      <button
        type="button"
        className="underline"
        onClick={() => {
          void a?.refetch();
          void b?.refetch();
        }}
      >
        {t('retry')}
      </button>
    </p>
  );
}

function Loading() {
  const t = useTranslations('history');
  return (
    <p role="status" className="text-sm text-slate-600" data-testid="diff-loading">
      {t('loading')}
    </p>
  );
}
