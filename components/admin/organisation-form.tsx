'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { updateOrganisation } from '@/lib/actions/admin-organisation';
import { fiscalYearLabel } from '@/lib/domain/era';
import { HEADING_PLAN_MAX, withHeadingPlan } from '@/lib/domain/heading-plan';
import { formatYen } from '@/lib/domain/money';
import { formatHeadingNumber } from '@/lib/domain/numbering';
import { DISPLAY_UNITS } from '@/lib/domain/units';
import type { DisplayUnit, EraStyle, HeadingDigits } from '@/lib/domain/types';
import { buttonClass, inputClass, RunStatus, useRun } from './use-run';

type Settings = {
  version: number;
  name: string;
  shortName: string;
  selfName: string;
  displayUnit: DisplayUnit;
  eraStyle: EraStyle;
  headingDigits: HeadingDigits;
  /** After an amount section's heading ({plan}); '' adds nothing. */
  headingPlan: string;
};

const UNITS = [...DISPLAY_UNITS];
const ERAS: EraStyle[] = ['wareki', 'seireki', 'both'];
const DIGITS: HeadingDigits[] = ['full', 'half'];

export function OrganisationForm({ settings }: { settings: Settings }) {
  const t = useTranslations('organisation');
  const { run, pending, error, done } = useRun();
  const [s, setS] = useState(settings);
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => setS((prev) => ({ ...prev, [k]: v }));
  const thisYear = new Date().getFullYear() - 1;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => updateOrganisation(s), { ok: (d) => set('version', d.version), doneMessage: t('saved') });
  };

  const text = (k: 'name' | 'shortName' | 'selfName' | 'headingPlan', max: number) => (
    <div>
      <label htmlFor={`org-${k}`} className="block text-sm font-medium text-slate-700">
        {t(k)}
      </label>
      <input
        id={`org-${k}`}
        value={s[k]}
        maxLength={max}
        onChange={(e) => set(k, e.target.value)}
        className={inputClass}
        aria-describedby={`org-${k}-hint`}
      />
      <p id={`org-${k}-hint`} className="mt-1 text-xs text-slate-600">
        {t(`${k}Hint`)}
      </p>
    </div>
  );

  const radios = <K extends 'displayUnit' | 'eraStyle' | 'headingDigits'>(
    k: K,
    options: Settings[K][],
    label: (o: Settings[K]) => string,
  ) => (
    <fieldset>
      <legend className="text-sm font-medium text-slate-700">{t(k as 'eraStyle')}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {options.map((o) => (
          <label key={o} className="flex items-center gap-2 text-sm">
            <input type="radio" name={k} value={o} checked={s[k] === o} onChange={() => set(k, o)} />
            {label(o)}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form onSubmit={submit} className="space-y-6 rounded border border-slate-200 bg-white p-4" noValidate aria-label={t('title')}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {text('name', 100)}
        {text('shortName', 40)}
        {text('selfName', 20)}
      </div>
      <div className="sm:max-w-md">{text('headingPlan', HEADING_PLAN_MAX)}</div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {radios('displayUnit', UNITS, (o) => t(`units.${o}`))}
        {radios('eraStyle', ERAS, (o) => t(`eras.${o}`))}
        {radios('headingDigits', DIGITS, (o) => t(`digits.${o}`))}
      </div>
      <section aria-label={t('preview')} className="rounded bg-slate-50 p-3 text-sm" data-testid="organisation-preview">
        <h2 className="mb-1 font-semibold">{t('preview')}</h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
          <dt className="text-slate-600">{t('previewHeader')}</dt>
          <dd>{s.shortName || s.name}</dd>
          <dt className="text-slate-600">{t('previewCover')}</dt>
          <dd>{s.name}</dd>
          <dt className="text-slate-600">{t('previewYear')}</dt>
          <dd>{fiscalYearLabel(thisYear, s.eraStyle)}</dd>
          <dt className="text-slate-600">{t('headingDigits')}</dt>
          <dd>{[1, 2, 3].map((n) => formatHeadingNumber('arabic_dot', n, s.headingDigits)).join(' ')}</dd>
          <dt className="text-slate-600">{t('previewHeadingPlan')}</dt>
          {/* A plan amount as the report writes one in a heading (spaced: 「1 兆 2,000 億円」). */}
          <dd data-testid="heading-plan-preview">
            {withHeadingPlan(t('previewHeadingTitle'), formatYen(1_200_000_000_000, { precision: 'oku', spaced: true }), s.headingPlan)}
          </dd>
        </dl>
      </section>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t('save')}
        </button>
        <RunStatus error={error} done={done} />
      </div>
    </form>
  );
}
