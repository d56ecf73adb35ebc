'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { updatePlan } from '@/lib/actions/admin-plans';
import { type DisplayUnit, NUMBERING_STYLES, type NumberingStyle } from '@/lib/domain/types';
import { DISPLAY_UNITS } from '@/lib/domain/units';
import { buttonClass, iconButtonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

type Settings = {
  id: number;
  version: number;
  kind: 'annual' | 'midterm';
  phase: string;
  title: string;
  documentTitle: string;
  /** Style per level, top first ('none' past the last). */
  numbering: NumberingStyle[];
  /** '' = the organisation's default. */
  displayUnit: DisplayUnit | '';
  startYear: number;
  ratingScale: { grade: string; meaning: string }[];
  independentReview: boolean;
  entryDeadline: string;
  reviewDeadline: string;
  publishDeadline: string;
};

const LEVELS = 4;
/** Trailing 'none' levels are the same as no entry. */
const trimNumbering = (levels: NumberingStyle[]) => {
  const out = [...levels];
  while (out.length && out.at(-1) === 'none') out.pop();
  return out;
};

export function PlanSettingsForm({ plan, editable }: { plan: Settings; editable: boolean }) {
  const t = useTranslations('admin.settings');
  const to = useTranslations('planOutline');
  const tu = useTranslations('organisation.units');
  const { run, pending, error, done } = useRun();
  const [s, setS] = useState(plan);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS((prev) => ({ ...prev, [k]: v }));
  const setGrade = (i: number, field: 'grade' | 'meaning', v: string) =>
    set(
      'ratingScale',
      s.ratingScale.map((g, j) => (j === i ? { ...g, [field]: v } : g)),
    );

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () =>
        updatePlan({
          planId: s.id,
          version: s.version,
          title: s.title,
          documentTitle: s.documentTitle,
          numbering: trimNumbering(s.numbering),
          displayUnit: s.displayUnit || null,
          startYear: Number(s.startYear),
          ratingScale: s.ratingScale,
          independentReview: s.independentReview,
          entryDeadline: s.entryDeadline,
          reviewDeadline: s.reviewDeadline,
          publishDeadline: s.publishDeadline,
        }),
      { ok: (d) => set('version', d.version), doneMessage: t('saved') },
    );
  };

  return (
    <form onSubmit={submit} className="space-y-6" noValidate aria-label={t('title')}>
      <fieldset disabled={!editable} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="s-title" className="block text-sm font-medium text-slate-700">
            {t('planTitle')}
          </label>
          <input id="s-title" value={s.title} onChange={(e) => set('title', e.target.value)} className={inputClass} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="s-document-title" className="block text-sm font-medium text-slate-700">
            {to('documentTitle')}
          </label>
          <input
            id="s-document-title"
            value={s.documentTitle}
            maxLength={200}
            onChange={(e) => set('documentTitle', e.target.value)}
            className={inputClass}
            aria-describedby="s-document-title-hint"
          />
          <p id="s-document-title-hint" className="mt-1 text-xs text-slate-600">
            {to('documentTitleHint')}
          </p>
        </div>
        <fieldset className="sm:col-span-2" aria-describedby="s-numbering-hint">
          <legend className="text-sm font-medium text-slate-700">{to('numbering')}</legend>
          <div className="mt-1 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {Array.from({ length: LEVELS }, (_, level) => (
              <div key={level}>
                <label htmlFor={`s-level-${level}`} className="block text-xs text-slate-700">
                  {to('level', { n: level + 1 })}
                </label>
                <select
                  id={`s-level-${level}`}
                  value={s.numbering[level] ?? 'none'}
                  onChange={(e) => {
                    const next = Array.from({ length: LEVELS }, (_, i) => s.numbering[i] ?? 'none');
                    next[level] = e.target.value as NumberingStyle;
                    set('numbering', next);
                  }}
                  className={inputClass}
                >
                  {NUMBERING_STYLES.map((st) => (
                    <option key={st} value={st}>
                      {to(`styles.${st}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <p id="s-numbering-hint" className="mt-1 text-xs text-slate-600">
            {to('numberingHint')}
          </p>
        </fieldset>
        <div>
          <label htmlFor="s-display-unit" className="block text-sm font-medium text-slate-700">
            {to('displayUnit')}
          </label>
          <select
            id="s-display-unit"
            value={s.displayUnit}
            onChange={(e) => set('displayUnit', e.target.value as DisplayUnit | '')}
            className={inputClass}
          >
            <option value="">{to('orgDefault')}</option>
            {DISPLAY_UNITS.map((u) => (
              <option key={u} value={u}>
                {tu(u)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="s-year" className="block text-sm font-medium text-slate-700">
            {plan.kind === 'annual' ? t('fiscalYear') : t('startYear')}
          </label>
          <input
            id="s-year"
            inputMode="numeric"
            value={s.startYear}
            onChange={(e) => set('startYear', e.target.value as unknown as number)}
            className={inputClass}
            aria-describedby="s-year-hint"
          />
          <p id="s-year-hint" className="mt-1 text-xs text-slate-600">
            {t('periodHint')}
          </p>
        </div>
        <div className="flex items-end">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={s.independentReview} onChange={(e) => set('independentReview', e.target.checked)} />
            {t('independentReview')}
          </label>
        </div>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">{t('deadlines')}</legend>
          <div className="mt-1 grid grid-cols-1 gap-3 sm:grid-cols-3">
            {(['entryDeadline', 'reviewDeadline', 'publishDeadline'] as const).map((k) => (
              <div key={k}>
                <label htmlFor={`s-${k}`} className="block text-sm text-slate-700">
                  {t(k)}
                </label>
                <input id={`s-${k}`} type="date" value={s[k]} onChange={(e) => set(k, e.target.value)} className={inputClass} />
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">{t('ratingScale')}</legend>
          <ul className="mt-1 space-y-2">
            {s.ratingScale.map((g, i) => (
              <li key={i} className="flex flex-wrap items-end gap-2">
                <div className="w-24">
                  <label htmlFor={`g-${i}`} className="ui-sub">
                    {t('grade')}
                  </label>
                  <input id={`g-${i}`} value={g.grade} onChange={(e) => setGrade(i, 'grade', e.target.value)} className={inputClass} />
                </div>
                <div className="min-w-48 flex-1">
                  <label htmlFor={`m-${i}`} className="ui-sub">
                    {t('meaning')}
                  </label>
                  <input id={`m-${i}`} value={g.meaning} onChange={(e) => setGrade(i, 'meaning', e.target.value)} className={inputClass} />
                </div>
                <button
                  type="button"
                  className={iconButtonClass}
                  onClick={() =>
                    set(
                      'ratingScale',
                      s.ratingScale.filter((_g, j) => j !== i),
                    )
                  }
                >
                  {t('removeGrade', { grade: g.grade || String(i + 1) })}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2`}
            onClick={() => set('ratingScale', [...s.ratingScale, { grade: '', meaning: '' }])}
          >
            {t('addGrade')}
          </button>
        </fieldset>
      </fieldset>
      {editable && (
        <div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {t('save')}
          </button>
          <RunStatus error={error} done={done} />
        </div>
      )}
    </form>
  );
}
