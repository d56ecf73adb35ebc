'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { moveFinancialLine, removeFinancialLine, saveFinancialLine } from '@/lib/actions/admin-indicators';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { buttonClass, iconButtonClass, inputClass, RunStatus, useRun } from './use-run';
import { Field } from '@/components/ui/field';
import { ConfirmDelete } from './confirm-delete';

type Line = {
  id: number;
  fiscalYear: number;
  name: string;
  sectionId: number | null;
  amountShown: string;
  priorText: string;
  priorShown: string;
};
type Props = {
  planId: number;
  editable: boolean;
  years: number[];
  lines: Line[];
  /** The plan's financial table section (found by its kind): where a new line goes. */
  tableSectionId: number | null;
};

export function FinancialLinesEditor({ planId, editable, years, lines, tableSectionId: tableSection }: Props) {
  const t = useTranslations('admin.financial');
  const { run, pending, error, done } = useRun();
  const [edit, setEdit] = useState<Line | null>(null);
  const [draft, setDraft] = useState({ fiscalYear: years[0]!, name: '', priorText: '' });

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const line = edit;
    if (line) {
      run(
        () =>
          saveFinancialLine({
            planId,
            id: line.id,
            fiscalYear: line.fiscalYear,
            name: line.name,
            sectionId: line.sectionId,
            priorAmount: line.priorText,
          }),
        { ok: () => setEdit(null), doneMessage: t('saved') },
      );
    } else {
      run(
        () =>
          saveFinancialLine({
            planId,
            fiscalYear: draft.fiscalYear,
            name: draft.name,
            sectionId: tableSection,
            priorAmount: draft.priorText,
          }),
        { ok: () => setDraft({ ...draft, name: '', priorText: '' }), doneMessage: t('saved') },
      );
    }
  };

  return (
    <div className="space-y-4">
      {years.map((y) => {
        const rows = lines.filter((l) => l.fiscalYear === y);
        return (
          <Table key={y} className="min-w-[36rem]" data-testid={`financial-${y}`} caption={t('yearCaption', { year: y })}>
            <THead>
              <tr>
                <TH>{t('name')}</TH>
                <TH numeric>{t('amount')}</TH>
                <TH numeric>{t('prior')}</TH>
                {editable && (
                  <TH>
                    <span className="sr-only">{t('actions')}</span>
                  </TH>
                )}
              </tr>
            </THead>
            <tbody>
              {rows.map((l, i) => (
                <TR key={l.id}>
                  <TH scope="row">{l.name}</TH>
                  <TD numeric>{l.amountShown}</TD>
                  <TD numeric>{l.priorShown}</TD>
                  {editable && (
                    <TD numeric>
                      <button
                        type="button"
                        className={iconButtonClass}
                        disabled={pending || i === 0}
                        aria-label={t('up', { name: l.name })}
                        onClick={() => run(() => moveFinancialLine({ id: l.id, move: 'up' }))}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>{' '}
                      <button
                        type="button"
                        className={iconButtonClass}
                        disabled={pending || i === rows.length - 1}
                        aria-label={t('down', { name: l.name })}
                        onClick={() => run(() => moveFinancialLine({ id: l.id, move: 'down' }))}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>{' '}
                      <button
                        type="button"
                        className={iconButtonClass}
                        onClick={() => setEdit(l)}
                        aria-label={t('editFor', { name: l.name })}
                      >
                        {t('edit')}
                      </button>{' '}
                      <ConfirmDelete
                        id={`line-${l.id}-delete`}
                        name={l.name}
                        label={t('delete')}
                        ariaLabel={t('deleteFor', { name: l.name })}
                        pending={pending}
                        onConfirm={() => run(() => removeFinancialLine({ id: l.id }), { doneMessage: t('deleted', { name: l.name }) })}
                      />
                    </TD>
                  )}
                </TR>
              ))}
            </tbody>
          </Table>
        );
      })}
      <RunStatus error={error} done={done} />
      {editable && (
        <form
          onSubmit={save}
          className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-4"
          aria-label={edit ? t('editFor', { name: edit.name }) : t('add')}
          noValidate
        >
          <Field id="fl-year" label={t('year')}>
            <select
              value={edit?.fiscalYear ?? draft.fiscalYear}
              disabled={!!edit}
              onChange={(e) => setDraft({ ...draft, fiscalYear: Number(e.target.value) })}
              className={inputClass}
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
          <Field id="fl-name" label={t('name')}>
            <input
              value={edit?.name ?? draft.name}
              onChange={(e) => (edit ? setEdit({ ...edit, name: e.target.value }) : setDraft({ ...draft, name: e.target.value }))}
              className={inputClass}
            />
          </Field>
          <Field id="fl-prior" label={t('priorInput')}>
            <input
              value={edit?.priorText ?? draft.priorText}
              onChange={(e) => (edit ? setEdit({ ...edit, priorText: e.target.value }) : setDraft({ ...draft, priorText: e.target.value }))}
              className={inputClass}
              inputMode="decimal"
            />
          </Field>
          <div className="flex items-end gap-2">
            <button type="submit" disabled={pending} className={buttonClass}>
              {edit ? t('save') : t('add')}
            </button>
            {edit && (
              <button type="button" className={iconButtonClass} onClick={() => setEdit(null)}>
                {t('cancel')}
              </button>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
