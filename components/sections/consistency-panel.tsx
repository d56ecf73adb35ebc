'use client';
import { useTranslations } from 'next-intl';
import type { FigureCheck } from '@/lib/domain/consistency';

export function useWarningText() {
  const t = useTranslations('consistency');
  return (w: FigureCheck) =>
    t('warning', { quoted: w.quoted, indicator: w.indicatorName, field: t(`fields.${w.field}`), expected: w.expected });
}

/** The figures of the narrative checked against the indicators; mismatches listed, never blocking. */
export function ConsistencyPanel({ checks }: { checks: FigureCheck[] }) {
  const t = useTranslations('consistency');
  const text = useWarningText();
  const warnings = checks.filter((c) => !c.ok);
  return (
    <section
      aria-labelledby="consistency-h"
      data-testid="consistency"
      className={`rounded border p-3 text-sm ${warnings.length ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <h3 id="consistency-h" className="font-medium">
        {t('title')}
        <span className="ml-2 font-normal text-slate-700">
          {warnings.length ? t('count', { n: warnings.length }) : checks.length ? t('checked', { n: checks.length }) : ''}
        </span>
      </h3>
      {warnings.length === 0 ? (
        <p className="mt-1 text-slate-700">{checks.length ? t('none') : t('noneChecked')}</p>
      ) : (
        <>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-amber-950">
            {warnings.map((w, i) => (
              <li key={i} data-testid="consistency-warning">
                {text(w)}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs text-slate-700">{t('note')}</p>
        </>
      )}
    </section>
  );
}
