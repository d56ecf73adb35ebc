'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { createPlan } from '@/lib/actions/admin-plans';
import { BUILT_IN_TEMPLATES, type BuiltInTemplate } from '@/lib/plans/template-names';
import { buttonClass, inputClass, RunStatus, useRun } from './use-run';

export function CreatePlanForm({
  sources,
  defaultSourceId,
  defaultYear,
}: {
  sources: { id: number; label: string }[];
  defaultSourceId: number | null;
  defaultYear: number;
}) {
  const t = useTranslations('admin.plans');
  const to = useTranslations('planOutline');
  const router = useRouter();
  const { run, pending, error } = useRun();
  const [kind, setKind] = useState<'annual' | 'midterm'>('annual');
  const [startYear, setStartYear] = useState(String(defaultYear));
  const [title, setTitle] = useState('');
  const [source, setSource] = useState<'empty' | 'template' | 'import' | 'copy'>(defaultSourceId ? 'copy' : 'template');
  const [template, setTemplate] = useState<BuiltInTemplate>('standard');
  const [file, setFile] = useState<File | null>(null);
  const [sourcePlanId, setSourcePlanId] = useState(defaultSourceId ? String(defaultSourceId) : '');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      async () =>
        createPlan({
          template: source === 'template' ? template : undefined,
          file: source === 'import' ? ((await file?.text()) ?? '') : undefined,
          kind,
          startYear: Number(startYear),
          title,
          source,
          sourcePlanId: source === 'copy' && sourcePlanId ? Number(sourcePlanId) : undefined,
        }),
      { ok: (data) => router.push(`/admin/plans/${data.id}`) },
    );
  };

  return (
    <form onSubmit={submit} className="grid grid-cols-1 gap-4 sm:grid-cols-2" noValidate>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">{t('kind')}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(['annual', 'midterm'] as const).map((k) => (
            <label key={k} className="flex items-center gap-2 text-sm">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="plan-start" className="block text-sm font-medium text-slate-700">
          {kind === 'annual' ? t('fiscalYear') : t('startYear')}
        </label>
        <input
          id="plan-start"
          inputMode="numeric"
          value={startYear}
          onChange={(e) => setStartYear(e.target.value)}
          className={inputClass}
          aria-describedby="plan-start-hint"
        />
        <p id="plan-start-hint" className="mt-1 text-xs text-slate-600">
          {kind === 'annual' ? t('fiscalYearHint') : t('startYearHint')}
        </p>
      </div>
      <div>
        <label htmlFor="plan-title" className="block text-sm font-medium text-slate-700">
          {t('planTitle')}
        </label>
        <input id="plan-title" value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} maxLength={400} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">{t('source')}</legend>
        <div className="mt-1 flex flex-col gap-2">
          {(['copy', 'template', 'import', 'empty'] as const).map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="source"
                value={s}
                checked={source === s}
                onChange={() => setSource(s)}
                disabled={s === 'copy' && !sources.length}
              />
              {t(`sources.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {source === 'template' && (
        <fieldset className="sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">{to('template')}</legend>
          <div className="mt-1 flex flex-col gap-1">
            {BUILT_IN_TEMPLATES.map((name) => (
              <label key={name} className="flex items-center gap-2 text-sm">
                <input type="radio" name="template" value={name} checked={template === name} onChange={() => setTemplate(name)} />
                {to(`templates.${name}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {source === 'import' && (
        <div className="sm:col-span-2">
          <label htmlFor="plan-template-file" className="block text-sm font-medium text-slate-700">
            {to('templateFile')}
          </label>
          <input
            id="plan-template-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="mt-1 block text-sm"
            aria-describedby="plan-template-file-hint"
          />
          <p id="plan-template-file-hint" className="mt-1 text-xs text-slate-600">
            {to('templateFileHint')}
          </p>
        </div>
      )}
      {source === 'copy' && (
        <div className="sm:col-span-2">
          <label htmlFor="plan-source" className="block text-sm font-medium text-slate-700">
            {t('sourcePlan')}
          </label>
          <select id="plan-source" value={sourcePlanId} onChange={(e) => setSourcePlanId(e.target.value)} className={inputClass}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {t('createSubmit')}
        </button>
        <RunStatus error={error} />
      </div>
    </form>
  );
}
