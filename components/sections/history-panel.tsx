'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { formatDateTime } from './time';
import type { Revision } from './types';
import { WordDiff } from './word-diff';

/** Every saved version (who, when), a word-level diff between any two, and restore as a new version. */
export function HistoryPanel({
  revisions,
  canRestore,
  currentVersion,
  onRestore,
  busy,
}: {
  revisions: Revision[];
  canRestore: boolean;
  currentVersion: number;
  onRestore: (version: number) => void;
  busy: boolean;
}) {
  const t = useTranslations('history');
  const ts = useTranslations('status');
  const [from, setFrom] = useState(revisions[1]?.version ?? revisions[0]?.version ?? 0);
  const [to, setTo] = useState(revisions[0]?.version ?? 0);
  if (revisions.length === 0) return <p className="text-sm text-slate-600">{t('none')}</p>;
  const a = revisions.find((r) => r.version === from);
  const b = revisions.find((r) => r.version === to);
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
        {a &&
          b &&
          (a.narrative === b.narrative ? (
            <p className="text-sm text-slate-700">{t('same')}</p>
          ) : (
            <WordDiff before={a.narrative} after={b.narrative} />
          ))}
      </fieldset>
    </div>
  );
}
