'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { updateFigureSentenceWording } from '@/lib/actions/admin-sentences';
import type { Figures } from '@/lib/domain/figures';
import {
  DEFAULT_FIGURE_SENTENCES,
  FIGURE_PLACEHOLDERS,
  type FigureSentenceTemplates,
  fillTemplate,
  sentenceValues,
  TEMPLATE_MAX,
  templateProblems,
} from '@/lib/domain/figure-sentence';
import { buttonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

/** A real indicator-year to preview a template on. */
export type SentenceSample = { key: string; label: string; name: string; fig: Figures; count: Figures | null };

type Field = keyof FigureSentenceTemplates;

/**
 * The organisation's two templates, each with what is wrong with it as it is typed (unknown
 * placeholders, groups left open) and a preview on a real indicator-year: a closed year's for
 * the year-end wording, the year in progress's for the to-date one.
 */
export function FigureSentencesForm(props: {
  version: number;
  wording: FigureSentenceTemplates;
  samples: Record<Field, SentenceSample[]>;
}) {
  const t = useTranslations('sentenceWording');
  const { run, pending, error, done, clear } = useRun();
  const [version, setVersion] = useState(props.version);
  const [w, setW] = useState(props.wording);
  const [note, setNote] = useState<string | null>(null);
  const [picked, setPicked] = useState<Record<Field, string>>({
    yearEnd: props.samples.yearEnd[0]?.key ?? '',
    toDate: props.samples.toDate[0]?.key ?? '',
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setNote(null);
    run(() => updateFigureSentenceWording({ version, ...w }), { ok: (d) => setVersion(d.version), doneMessage: t('saved') });
  };
  const template = (field: Field) => {
    const id = `sentence-${field}`;
    const problems = templateProblems(w[field]);
    const sample = props.samples[field].find((s) => s.key === picked[field]);
    const invalid = problems.unknown.length > 0 || problems.unbalanced;
    return (
      <fieldset className="space-y-2 rounded border border-slate-200 p-3">
        <legend className="px-1 font-medium">{t(field)}</legend>
        <label htmlFor={id} className="sr-only">
          {t(field)}
        </label>
        <textarea
          id={id}
          value={w[field]}
          maxLength={TEMPLATE_MAX}
          rows={3}
          onChange={(e) => {
            // A refusal is about the text as it was: editing it clears the message.
            if (error) clear();
            setW({ ...w, [field]: e.target.value });
          }}
          className={inputClass}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint ${id}-problems`}
        />
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {t(`${field}Hint`)}
        </p>
        <div id={`${id}-problems`} className="text-sm text-red-800" data-testid={`${id}-problems`}>
          {problems.unknown.length > 0 && <p>{t('unknown', { tokens: problems.unknown.map((k) => `{${k}}`).join('、') })}</p>}
          {problems.unbalanced && <p>{t('unbalanced')}</p>}
        </div>
        <div className="rounded bg-slate-50 p-2 text-sm">
          {props.samples[field].length === 0 ? (
            <p className="text-slate-600">{t('noSample')}</p>
          ) : (
            <>
              <label htmlFor={`${id}-sample`} className="block text-xs font-medium text-slate-700">
                {t('previewIndicator')}
              </label>
              <select
                id={`${id}-sample`}
                value={picked[field]}
                onChange={(e) => setPicked({ ...picked, [field]: e.target.value })}
                className={`${inputClass} sm:w-auto`}
              >
                {props.samples[field].map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
              <p className="mt-2 font-medium text-slate-700">{t('preview')}</p>
              <p data-testid={`${id}-preview`}>
                {sample && fillTemplate(w[field], sentenceValues({ name: sample.name, fig: sample.fig, count: sample.count }))}
              </p>
            </>
          )}
        </div>
      </fieldset>
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('title')} className="space-y-4">
      <section aria-labelledby="tokens-h" className="rounded border border-slate-200 bg-white p-3 text-sm">
        <h2 id="tokens-h" className="font-semibold">
          {t('tokensTitle')}
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2" data-testid="sentence-tokens">
          {FIGURE_PLACEHOLDERS.map((k) => (
            <div key={k} className="flex gap-2">
              <dt className="shrink-0 font-mono text-brand-800">{`{${k}}`}</dt>
              <dd className="text-slate-700">{t(`tokens.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      {template('yearEnd')}
      {template('toDate')}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonClass} disabled={pending}>
          {t('save')}
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            setW(DEFAULT_FIGURE_SENTENCES);
            setNote(t('resetNote'));
          }}
        >
          {t('reset')}
        </button>
      </div>
      {note && <p className="text-sm text-slate-700">{note}</p>}
      <RunStatus error={error} done={done} />
    </form>
  );
}
