'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import type { FigureCheck, NarrativeReview } from '@/lib/domain/consistency';

export function useWarningText() {
  const t = useTranslations('consistency');
  return (w: FigureCheck) =>
    t('warning', { quoted: w.quoted, indicator: w.indicatorName, field: t(`fields.${w.field}`), expected: w.expected });
}

/**
 * The figures of the narrative checked against the indicators: mismatches and unreadable figures
 * listed as warnings (never blocking), and the figures nothing checked listed apart, so that the
 * writer sees which ones no indicator vouches for.
 */
export function ConsistencyPanel({ review }: { review: NarrativeReview }) {
  const t = useTranslations('consistency');
  const text = useWarningText();
  const { checks, unchecked, unreadable } = review;
  const warnings = checks.filter((c) => !c.ok);
  const n = warnings.length + unreadable.length;
  return (
    <section
      aria-labelledby="consistency-h"
      data-testid="consistency"
      className={`rounded border p-3 text-sm ${n ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <h3 id="consistency-h" className="font-medium">
        {t('title')}
        <span className="ml-2 font-normal text-slate-700">
          {n ? t('count', { n }) : checks.length ? t('checked', { n: checks.length }) : ''}
        </span>
      </h3>
      {n === 0 ? (
        <p className="mt-1 text-slate-700">{checks.length ? t('none') : t('noneChecked')}</p>
      ) : (
        <>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-amber-950">
            {unreadable.map((u) => (
              <li key={`u-${u.sentence.start}-${u.figure.start}`} data-testid="consistency-warning">
                {t('unreadable', { quoted: u.figure.text })}
              </li>
            ))}
            {warnings.map((w, i) => (
              <li key={i} data-testid="consistency-warning">
                {text(w)}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-700">{t('note')}</p>
        </>
      )}
      {unchecked.length > 0 && (
        <details className="mt-2" data-testid="consistency-unchecked">
          <summary className="cursor-pointer text-slate-700">{t('unchecked', { n: unchecked.length })}</summary>
          <p className="mt-1 text-xs text-slate-700">{t('uncheckedNote')}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {unchecked.map((u) => (
              <li
                key={`c-${u.sentence.start}-${u.figure.start}`}
                className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800"
                title={u.sentence.text}
              >
                {u.figure.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
