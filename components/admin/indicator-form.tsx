'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { saveIndicator } from '@/lib/actions/admin-indicators';
import { DEFAULT_UNIT_SCALE } from '@/lib/domain/parse-number';
import type { Direction, IndicatorUnit, RatioRounding, YenPrecision } from '@/lib/domain/types';
import { buttonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

export type Indicator = {
  id: number;
  code: string;
  name: string;
  aliases: string[];
  sectionId: number | null;
  unit: IndicatorUnit;
  scale: number;
  direction: Direction;
  yenPrecision: YenPrecision;
  aggregation: 'sum' | 'end' | 'annual' | 'ratio';
  /** A ratio's numerator and denominator (other indicators of the plan); null: entered. */
  numeratorId: number | null;
  denominatorId: number | null;
  ratioRounding: RatioRounding;
  pairKey: string;
  measure: 'count' | 'amount' | null;
  allowNegative: boolean;
  values: { fiscalYear: number; planText: string; planShown: string; priorShown: string }[];
};
const UNITS: IndicatorUnit[] = ['yen', 'cases', 'businesses', 'companies', 'clients', 'institutions', 'times', 'multiple', 'percent'];

export function IndicatorForm({
  planId,
  sections,
  others,
  initial,
  onDone,
}: {
  planId: number;
  sections: { id: number; label: string }[];
  /** The plan's indicators a ratio can be computed from. */
  others: { id: number; name: string }[];
  initial: Indicator;
  onDone: () => void;
}) {
  const t = useTranslations('admin.indicators');
  const { run, pending, error } = useRun();
  const [v, setV] = useState(initial);
  const [aliasText, setAliasText] = useState(initial.aliases.join('、'));
  const set = <K extends keyof Indicator>(k: K, val: Indicator[K]) => setV((p) => ({ ...p, [k]: val }));
  const p = `ind-${initial.id || 'new'}`;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () =>
        saveIndicator({
          planId,
          id: initial.id || undefined,
          sectionId: v.sectionId,
          code: v.code,
          name: v.name,
          aliases: splitAliases(aliasText),
          unit: v.unit,
          scale: v.unit === 'yen' ? 0 : v.scale,
          direction: v.direction,
          yenPrecision: v.yenPrecision,
          aggregation: v.aggregation,
          numeratorId: v.aggregation === 'ratio' ? v.numeratorId : null,
          denominatorId: v.aggregation === 'ratio' ? v.denominatorId : null,
          ratioRounding: v.ratioRounding,
          pairKey: v.pairKey,
          measure: v.pairKey ? (v.measure ?? 'count') : null,
          allowNegative: v.allowNegative,
          planValues: v.values.map((x) => ({ fiscalYear: x.fiscalYear, text: x.planText })),
        }),
      { ok: onDone },
    );
  };
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={`${p}-${id}`} className="block text-sm text-slate-700">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <form
      onSubmit={submit}
      className="rounded border border-slate-200 bg-white p-4"
      aria-label={initial.id ? t('editFor', { name: initial.name }) : t('add')}
      noValidate
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          {field(
            'name',
            t('name'),
            <input id={`${p}-name`} value={v.name} onChange={(e) => set('name', e.target.value)} className={inputClass} />,
          )}
        </div>
        <div className="sm:col-span-2">
          {field(
            'aliases',
            t('aliases'),
            <input
              id={`${p}-aliases`}
              value={aliasText}
              onChange={(e) => setAliasText(e.target.value)}
              className={inputClass}
              aria-describedby={`${p}-aliases-hint`}
            />,
          )}
          <p id={`${p}-aliases-hint`} className="mt-1 text-xs text-slate-600">
            {t('aliasesHint')}
          </p>
        </div>
        {field(
          'code',
          t('code'),
          <input
            id={`${p}-code`}
            value={v.code}
            onChange={(e) => set('code', e.target.value)}
            className={inputClass}
            aria-describedby={`${p}-code-hint`}
          />,
        )}
        {field(
          'section',
          t('section'),
          <select
            id={`${p}-section`}
            value={v.sectionId ?? ''}
            onChange={(e) => set('sectionId', e.target.value ? Number(e.target.value) : null)}
            className={inputClass}
          >
            <option value="">{t('noSection')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>,
        )}
        {field(
          'unit',
          t('unit'),
          <select
            id={`${p}-unit`}
            value={v.unit}
            onChange={(e) => {
              const u = e.target.value as IndicatorUnit;
              setV((x) => ({ ...x, unit: u, scale: DEFAULT_UNIT_SCALE[u], yenPrecision: u === 'yen' ? 'oku' : 'yen' }));
            }}
            className={inputClass}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`units.${u}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'direction',
          t('direction'),
          <select
            id={`${p}-direction`}
            value={v.direction}
            onChange={(e) => set('direction', e.target.value as Direction)}
            className={inputClass}
          >
            <option value="higher">{t('directions.higher')}</option>
            <option value="lower">{t('directions.lower')}</option>
          </select>,
        )}
        {field(
          'display',
          t('displayUnit'),
          <select
            id={`${p}-display`}
            value={v.yenPrecision}
            onChange={(e) => set('yenPrecision', e.target.value as YenPrecision)}
            className={inputClass}
            disabled={v.unit !== 'yen'}
          >
            {(['oku', 'man', 'yen'] as const).map((d) => (
              <option key={d} value={d}>
                {t(`display.${d}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'aggregation',
          t('aggregation'),
          <select
            id={`${p}-aggregation`}
            value={v.aggregation}
            onChange={(e) => set('aggregation', e.target.value as Indicator['aggregation'])}
            className={inputClass}
          >
            {(['sum', 'end', 'annual', 'ratio'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`aggregations.${a}`)}
              </option>
            ))}
          </select>,
        )}
        {v.aggregation === 'ratio' &&
          (['numeratorId', 'denominatorId'] as const).map((k) =>
            field(
              k,
              t(k === 'numeratorId' ? 'numerator' : 'denominator'),
              <select
                id={`${p}-${k}`}
                value={v[k] ?? ''}
                onChange={(e) => set(k, e.target.value ? Number(e.target.value) : null)}
                className={inputClass}
                aria-describedby={`${p}-ratio-hint`}
              >
                <option value="">{t('ratioEntered')}</option>
                {others
                  .filter((o) => o.id !== initial.id)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
              </select>,
            ),
          )}
        {field(
          'rounding',
          t('ratioRounding'),
          <select
            id={`${p}-rounding`}
            value={v.ratioRounding}
            onChange={(e) => set('ratioRounding', e.target.value as RatioRounding)}
            className={inputClass}
          >
            {(['half_up', 'down'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`roundings.${r}`)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'pair',
          t('pairKey'),
          <input
            id={`${p}-pair`}
            value={v.pairKey}
            onChange={(e) => set('pairKey', e.target.value)}
            className={inputClass}
            aria-describedby={`${p}-pair-hint`}
          />,
        )}
        {field(
          'measure',
          t('measure'),
          <select
            id={`${p}-measure`}
            value={v.measure ?? 'count'}
            onChange={(e) => set('measure', e.target.value as 'count' | 'amount')}
            className={inputClass}
            disabled={!v.pairKey}
          >
            <option value="count">{t('measures.count')}</option>
            <option value="amount">{t('measures.amount')}</option>
          </select>,
        )}
        <div className="flex items-end">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={v.allowNegative} onChange={(e) => set('allowNegative', e.target.checked)} />
            {t('allowNegative')}
          </label>
        </div>
        {v.values.map((x, i) => (
          <div key={x.fiscalYear}>
            <label htmlFor={`${p}-plan-${x.fiscalYear}`} className="block text-sm text-slate-700">
              {t('planFor', { year: x.fiscalYear })}
            </label>
            <input
              id={`${p}-plan-${x.fiscalYear}`}
              value={x.planText}
              onChange={(e) =>
                set(
                  'values',
                  v.values.map((y, j) => (j === i ? { ...y, planText: e.target.value } : y)),
                )
              }
              className={inputClass}
              inputMode="decimal"
            />
          </div>
        ))}
      </div>
      <p id={`${p}-code-hint`} className="mt-2 text-xs text-slate-600">
        {t('codeHint')}
      </p>
      <p id={`${p}-pair-hint`} className="text-xs text-slate-600">
        {t('pairHint')}
      </p>
      {v.aggregation === 'ratio' && (
        <p id={`${p}-ratio-hint`} className="text-xs text-slate-600">
          {t('ratioHint')}
        </p>
      )}
      <div className="mt-3 flex gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {t('save')}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
      <RunStatus error={error} />
    </form>
  );
}

/** `保証承諾額、承諾実績` (or one per line, or commas) → the list of names. */
function splitAliases(text: string): string[] {
  return text
    .split(/[、,，\n]/)
    .map((a) => a.trim())
    .filter(Boolean);
}
