'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useEffect, useState } from 'react';
import { addSection, deleteSection, moveSection, renumberSections, restoreSection, updateSection } from '@/lib/actions/admin-sections';
import type { NumberingStyle, SectionKind } from '@/lib/domain/types';
import { SectionFields, type SectionDraft } from './section-fields';
import { buttonClass, iconButtonClass, RunStatus, secondaryButtonClass, useRun } from './use-run';

type Row = {
  id: number;
  parentId: number | null;
  depth: number;
  number: string;
  numberStyle: NumberingStyle | null;
  title: string;
  kind: SectionKind;
  departmentId: number | null;
  departmentName: string | null;
};
type Props = {
  planId: number;
  editable: boolean;
  sections: Row[];
  deleted: { id: number; number: string; title: string; deletedAt: string }[];
  departments: { id: number; name: string }[];
};
const MOVES = ['up', 'down', 'outdent', 'indent'] as const;
const ARROWS: Record<(typeof MOVES)[number], string> = { up: '↑', down: '↓', outdent: '←', indent: '→' };

export function SectionTreeEditor({ planId, editable, sections, deleted, departments }: Props) {
  const t = useTranslations('admin.sections');
  const tk = useTranslations('kinds');
  const { run, pending, error, done } = useRun();
  const [editing, setEditing] = useState<number | null>(null);
  const [confirming, setConfirming] = useState<Row | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [draft, setDraft] = useState<SectionDraft & { parentId: string }>({
    number: '',
    numberStyle: '',
    title: '',
    kind: 'initiative',
    departmentId: '',
    parentId: '',
  });

  // Keep the keyboard where it was after a move re-renders the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `sections` is the trigger: refocus after each re-render of the list
  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el instanceof HTMLButtonElement && !el.disabled) el.focus();
  }, [sections, focusId]);

  const label = (r: { number: string; title: string }) => (r.number ? `${r.number} ${r.title}` : r.title);
  const move = (r: Row, m: (typeof MOVES)[number]) => {
    setFocusId(`move-${m}-${r.id}`);
    run(() => moveSection({ sectionId: r.id, move: m }), { doneMessage: t('moved', { title: label(r) }) });
  };
  const remove = (r: Row, confirmed: boolean) =>
    run(() => deleteSection({ sectionId: r.id, confirmed }), {
      doneMessage: t('deleted', { title: label(r) }),
      ok: () => setConfirming(null),
      onFail: (reason) => {
        if (reason !== 'needsConfirm') return false;
        setConfirming(r);
        return true;
      },
    });
  const add = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () =>
        addSection({
          planId,
          parentId: draft.parentId ? Number(draft.parentId) : null,
          number: draft.number,
          numberStyle: draft.numberStyle || null,
          title: draft.title,
          kind: draft.kind,
          departmentId: draft.departmentId ? Number(draft.departmentId) : null,
        }),
      { doneMessage: t('added', { title: draft.title }), ok: () => setDraft((d) => ({ ...d, number: '', title: '' })) },
    );
  };

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t('help')}</p>
      <RunStatus error={error} done={done} />
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="confirm-h"
          aria-describedby="confirm-d"
          className="rounded border border-red-300 bg-red-50 p-4"
        >
          <h2 id="confirm-h" className="font-semibold text-red-900">
            {t('confirmTitle', { title: label(confirming) })}
          </h2>
          <p id="confirm-d" className="mt-1 text-sm text-red-900">
            {t('confirmBody')}
          </p>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              autoFocus
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
              disabled={pending}
              onClick={() => remove(confirming, true)}
            >
              {t('confirmDelete')}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(null)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
      <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" aria-label={t('tree')} data-testid="section-tree">
        {sections.map((r) => (
          <li key={r.id} className="px-3 py-2" style={{ paddingLeft: `${0.75 + r.depth * 1.25}rem` }} data-testid={`section-row-${r.id}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div className="min-w-0">
                <span className="font-medium">{label(r)}</span>
                <span className="ml-2 text-xs text-slate-600">
                  {tk(r.kind)} ・ {r.departmentName ?? t('noDepartment')}
                </span>
              </div>
              {editable && (
                <div className="flex flex-wrap gap-1" role="group" aria-label={t('actionsFor', { title: label(r) })}>
                  {MOVES.map((m) => (
                    <button
                      key={m}
                      id={`move-${m}-${r.id}`}
                      type="button"
                      className={iconButtonClass}
                      disabled={pending}
                      aria-label={t(`move.${m}`, { title: label(r) })}
                      title={t(`move.${m}`, { title: label(r) })}
                      onClick={() => move(r, m)}
                    >
                      <span aria-hidden="true">{ARROWS[m]}</span>
                    </button>
                  ))}
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-expanded={editing === r.id}
                    onClick={() => setEditing(editing === r.id ? null : r.id)}
                    aria-label={t('editFor', { title: label(r) })}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className={iconButtonClass}
                    disabled={pending}
                    onClick={() => remove(r, false)}
                    aria-label={t('deleteFor', { title: label(r) })}
                  >
                    {t('delete')}
                  </button>
                </div>
              )}
            </div>
            {editing === r.id && <SectionEditForm row={r} departments={departments} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
      {editable && (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={pending}
          onClick={() => run(() => renumberSections({ planId, parentId: null }), { doneMessage: t('renumbered') })}
        >
          {t('renumber')}
        </button>
      )}
      {editable && (
        <form onSubmit={add} className="rounded border border-slate-200 bg-white p-4" aria-labelledby="add-h" noValidate>
          <h2 id="add-h" className="mb-2 text-lg font-semibold">
            {t('add')}
          </h2>
          <div className="mb-3">
            <label htmlFor="add-parent" className="block text-sm font-medium text-slate-700">
              {t('parent')}
            </label>
            <select
              id="add-parent"
              value={draft.parentId}
              onChange={(e) => setDraft({ ...draft, parentId: e.target.value })}
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm"
            >
              <option value="">{t('topLevel')}</option>
              {sections.map((r) => (
                <option key={r.id} value={r.id}>
                  {'　'.repeat(r.depth)}
                  {label(r)}
                </option>
              ))}
            </select>
          </div>
          <SectionFields idPrefix="add" value={draft} onChange={(v) => setDraft({ ...draft, ...v })} departments={departments} />
          <button type="submit" disabled={pending} className={`${buttonClass} mt-3`}>
            {t('addSubmit')}
          </button>
        </form>
      )}
      {deleted.length > 0 && (
        <section aria-labelledby="deleted-h">
          <h2 id="deleted-h" className="mb-2 text-lg font-semibold">
            {t('deletedTitle')}
          </h2>
          <p className="mb-2 text-sm text-slate-600">{t('deletedHelp')}</p>
          <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white" data-testid="deleted-sections">
            {deleted.map((d) => (
              <li key={d.id} className="flex items-center justify-between gap-2 px-3 py-2">
                <span>{label(d)}</span>
                {editable && (
                  <button
                    type="button"
                    className={iconButtonClass}
                    disabled={pending}
                    onClick={() => run(() => restoreSection({ sectionId: d.id }), { doneMessage: t('restored', { title: label(d) }) })}
                    aria-label={t('restoreFor', { title: label(d) })}
                  >
                    {t('restore')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function SectionEditForm({ row, departments, onDone }: { row: Row; departments: { id: number; name: string }[]; onDone: () => void }) {
  const t = useTranslations('admin.sections');
  const { run, pending, error } = useRun();
  const [v, setV] = useState<SectionDraft>({
    number: row.number,
    numberStyle: row.numberStyle ?? '',
    title: row.title,
    kind: row.kind,
    departmentId: row.departmentId ? String(row.departmentId) : '',
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () =>
        updateSection({
          sectionId: row.id,
          number: v.number,
          numberStyle: v.numberStyle || null,
          title: v.title,
          kind: v.kind,
          departmentId: v.departmentId ? Number(v.departmentId) : null,
        }),
      { ok: onDone },
    );
  };
  return (
    <form
      onSubmit={submit}
      className="mt-2 rounded border border-slate-200 bg-slate-50 p-3"
      aria-label={t('editFor', { title: row.title })}
      noValidate
    >
      <SectionFields idPrefix={`edit-${row.id}`} value={v} onChange={(x) => setV({ ...v, ...x })} departments={departments} />
      <div className="mt-2 flex gap-2">
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
