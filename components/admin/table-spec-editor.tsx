'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useEffect, useState } from 'react';
import { saveTableSpec } from '@/lib/actions/admin-tables';
import {
  COLUMNS_OF,
  inRowOrder,
  TABLE_WORDS,
  type TableColumnKey,
  type TableKind,
  type TableSpec,
  type TableWords,
  WITH_YOY,
} from '@/lib/domain/table-spec';
import { buttonClass, iconButtonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

type Props = {
  sectionId: number;
  sectionLabel: string;
  kind: TableKind;
  /** The spec the table prints with now (the stored one, or the default). */
  spec: TableSpec;
  /** The stored spec as JSON ('null' when the table prints the default): what a save is based on. */
  base: string;
  rows: { key: string; label: string }[];
  editable: boolean;
};

/** One table section's title, columns, note, unit and row order, as the report prints them. */
export function TableSpecEditor(p: Props) {
  const t = useTranslations('adminTables');
  const { run, pending, error, done } = useRun();
  const [spec, setSpec] = useState<TableSpec>(p.spec);
  // A save or a reset changes what is stored (`base`): show what the server now prints.
  // biome-ignore lint/correctness/useExhaustiveDependencies: p.spec is new on every render; base says when it changed
  useEffect(() => setSpec(p.spec), [p.base]);
  const set = (patch: Partial<TableSpec>) => setSpec((s) => ({ ...s, ...patch }));
  const setColumn = (i: number, patch: Partial<TableSpec['columns'][number]>) =>
    set({ columns: spec.columns.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const move = <T,>(list: T[], i: number, d: number): T[] => {
    const next = [...list];
    const j = i + d;
    if (j < 0 || j >= next.length) return list;
    [next[i], next[j]] = [next[j]!, next[i]!];
    return next;
  };
  const rows = inRowOrder(p.rows, (r) => r.key, spec.rowOrder);
  const unused = COLUMNS_OF[p.kind].filter((k) => !spec.columns.some((c) => c.key === k));
  const id = `tbl-${p.sectionId}`;
  const save = (next: TableSpec | null) =>
    run(() => saveTableSpec({ sectionId: p.sectionId, base: p.base, spec: next && withoutEmptyWords(next) }), { doneMessage: t('saved') });
  // The words this table prints of its own: the status words with a status column, the period's
  // row labels in a mid-term table.
  const wordKeys: (keyof TableWords)[] = [
    ...(spec.columns.some((c) => c.key === 'status') ? (['ahead', 'on_track', 'behind'] as const) : []),
    ...(p.kind === 'midterm' ? (['periodTotal', 'periodEnd'] as const) : []),
  ];

  return (
    <form
      className="space-y-4 rounded border border-slate-200 bg-white p-4"
      aria-labelledby={`${id}-h`}
      data-testid="table-spec"
      onSubmit={(e) => {
        e.preventDefault();
        save(spec);
      }}
    >
      <h3 id={`${id}-h`} className="font-semibold">
        {p.sectionLabel} <span className="text-sm font-normal text-slate-600">{t(`kinds.${p.kind}`)}</span>
      </h3>
      <fieldset disabled={!p.editable || pending} className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="sm:col-span-2">
            <label htmlFor={`${id}-title`} className="block text-sm text-slate-700">
              {t('title')}
            </label>
            <input id={`${id}-title`} className={inputClass} value={spec.title} onChange={(e) => set({ title: e.target.value })} />
          </div>
          <div>
            <label htmlFor={`${id}-unit`} className="block text-sm text-slate-700">
              {t('unit')}
            </label>
            <select
              id={`${id}-unit`}
              className={inputClass}
              value={spec.unit ?? ''}
              onChange={(e) => set({ unit: (e.target.value || null) as TableSpec['unit'] })}
            >
              <option value="">{t('units.organisation')}</option>
              {(['oku', 'million', 'thousand'] as const).map((u) => (
                <option key={u} value={u}>
                  {t(`units.${u}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-stub`} className="block text-sm text-slate-700">
              {t('stubLabel')}
            </label>
            <input id={`${id}-stub`} className={inputClass} value={spec.stubLabel} onChange={(e) => set({ stubLabel: e.target.value })} />
          </div>
        </div>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('columns')}</legend>
          <ol className="mt-1 space-y-2">
            {spec.columns.map((c, i) => (
              <li key={`${c.key}-${i}`} className="flex flex-wrap items-end gap-2" data-testid="table-column">
                <div>
                  <label htmlFor={`${id}-col-${i}-key`} className="block text-xs text-slate-700">
                    {t('figure', { n: i + 1 })}
                  </label>
                  <select
                    id={`${id}-col-${i}-key`}
                    className={inputClass}
                    value={c.key}
                    onChange={(e) => setColumn(i, { key: e.target.value as TableColumnKey })}
                  >
                    {[c.key, ...unused].map((k) => (
                      <option key={k} value={k}>
                        {t(`figures.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="min-w-40 flex-1">
                  <label htmlFor={`${id}-col-${i}-label`} className="block text-xs text-slate-700">
                    {t('label', { n: i + 1 })}
                  </label>
                  <input
                    id={`${id}-col-${i}-label`}
                    className={inputClass}
                    value={c.label}
                    onChange={(e) => setColumn(i, { label: e.target.value })}
                  />
                </div>
                {WITH_YOY.has(c.key) && p.kind !== 'financial' && (
                  <label className="flex items-center gap-1 pb-2 text-sm">
                    <input type="checkbox" checked={c.withYoy ?? false} onChange={(e) => setColumn(i, { withYoy: e.target.checked })} />
                    {t('withYoy')}
                  </label>
                )}
                <div className="flex gap-1 pb-1">
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={t('up', { label: c.label })}
                    onClick={() => set({ columns: move(spec.columns, i, -1) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={t('down', { label: c.label })}
                    onClick={() => set({ columns: move(spec.columns, i, 1) })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={t('remove', { label: c.label })}
                    disabled={spec.columns.length === 1}
                    onClick={() => set({ columns: spec.columns.filter((_, j) => j !== i) })}
                  >
                    {t('removeShort')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {unused.length > 0 && (
            <button
              type="button"
              className={`${secondaryButtonClass} mt-2`}
              onClick={() => set({ columns: [...spec.columns, { key: unused[0]!, label: t(`figures.${unused[0]!}`) }] })}
            >
              {t('addColumn')}
            </button>
          )}
        </fieldset>
        <div>
          <label htmlFor={`${id}-note`} className="block text-sm text-slate-700">
            {t('note')}
          </label>
          <textarea id={`${id}-note`} className={inputClass} rows={2} value={spec.note} onChange={(e) => set({ note: e.target.value })} />
        </div>
        {wordKeys.length > 0 && (
          <fieldset aria-describedby={`${id}-words-help`}>
            <legend className="text-sm font-medium text-slate-800">{t('words')}</legend>
            <p id={`${id}-words-help`} className="text-xs text-slate-600">
              {t('wordsHelp')}
            </p>
            <div className="mt-1 grid gap-3 sm:grid-cols-3">
              {wordKeys.map((k) => (
                <div key={k}>
                  <label htmlFor={`${id}-word-${k}`} className="block text-xs text-slate-700">
                    {t(`wordLabels.${k}`)}
                  </label>
                  <input
                    id={`${id}-word-${k}`}
                    className={inputClass}
                    value={spec.words?.[k] ?? ''}
                    placeholder={TABLE_WORDS[k]}
                    onChange={(e) => set({ words: { ...spec.words, [k]: e.target.value } })}
                  />
                </div>
              ))}
            </div>
          </fieldset>
        )}
        {rows.length > 1 && (
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t('rowOrder')}</legend>
            <ol className="mt-1 space-y-1">
              {rows.map((r, i) => (
                <li key={r.key} className="flex items-center gap-2 text-sm" data-testid="table-row">
                  <span className="w-6 text-right tabular-nums text-slate-600">{i + 1}.</span>
                  <span className="min-w-40">{r.label}</span>
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={t('up', { label: r.label })}
                    onClick={() => set({ rowOrder: move(rows, i, -1).map((x) => x.key) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={t('down', { label: r.label })}
                    onClick={() => set({ rowOrder: move(rows, i, 1).map((x) => x.key) })}
                  >
                    ↓
                  </button>
                </li>
              ))}
            </ol>
          </fieldset>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass}>
            {t('save')}
          </button>
          {p.base !== 'null' && (
            <button type="button" className={secondaryButtonClass} onClick={() => save(null)}>
              {t('reset')}
            </button>
          )}
        </div>
      </fieldset>
      <RunStatus error={error} done={done} />
    </form>
  );
}

/** A word left empty prints the default: it is not stored. */
function withoutEmptyWords(spec: TableSpec): TableSpec {
  const words = Object.fromEntries(Object.entries(spec.words ?? {}).filter(([, w]) => w.trim() !== ''));
  const { words: _, ...rest } = spec;
  return Object.keys(words).length ? { ...rest, words } : rest;
}
