'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { formatDateTime } from './time';
import type { OtherVersion } from './types';
import { WordDiff } from './word-diff';

const button = 'rounded border px-3 py-1.5 text-sm font-medium';

/** Someone saved first: nothing was overwritten. Show their version and let the user choose. */
export function ConflictPanel({
  theirs,
  mine,
  onTheirs,
  onMine,
  onMerge,
}: {
  theirs: OtherVersion;
  mine: string;
  onTheirs: () => void;
  onMine: () => void;
  onMerge: () => void;
}) {
  const t = useTranslations('conflict');
  return (
    <section
      role="alertdialog"
      aria-labelledby="conflict-h"
      aria-describedby="conflict-body"
      data-testid="conflict"
      className="space-y-3 rounded border-2 border-amber-500 bg-amber-50 p-4"
    >
      <h3 id="conflict-h" className="font-bold text-amber-950">
        {t('title')}
      </h3>
      <p id="conflict-body" className="text-sm">
        {t('body', { name: theirs.updatedBy ?? '', time: formatDateTime(theirs.updatedAt), version: theirs.version })}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <h4 className="text-sm font-medium">{t('theirs')}</h4>
          <p
            className="max-h-48 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 text-sm"
            data-testid="conflict-theirs"
          >
            {theirs.narrative}
          </p>
        </div>
        <div>
          <h4 className="text-sm font-medium">{t('mine')}</h4>
          <div className="max-h-48 overflow-auto text-sm">
            <WordDiff before={theirs.narrative} after={mine} />
          </div>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onTheirs} className={`${button} border-slate-300 bg-white hover:bg-slate-100`}>
          {t('keepTheirs')}
        </button>
        <button type="button" onClick={onMine} className={`${button} border-brand-600 bg-brand-600 text-white hover:bg-brand-700`}>
          {t('keepMine')}
        </button>
        <button type="button" onClick={onMerge} className={`${button} border-slate-300 bg-white hover:bg-slate-100`}>
          {t('merge')}
        </button>
      </div>
    </section>
  );
}

export function MergeView({ theirs, onClose }: { theirs: OtherVersion; onClose: () => void }) {
  const t = useTranslations('conflict');
  return (
    <section aria-labelledby="merge-h" className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3" data-testid="merge-view">
      <h3 id="merge-h" className="text-sm font-medium">
        {t('theirs')}
      </h3>
      <p className="text-xs text-slate-700">{t('mergeNote')}</p>
      <p className="max-h-48 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-white p-2 text-sm">{theirs.narrative}</p>
      <button type="button" onClick={onClose} className="rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-100">
        {t('closeMerge')}
      </button>
    </section>
  );
}
