'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { moveDepartment, removeDepartment, saveDepartment } from '@/lib/actions/admin-org';
import { buttonClass, iconButtonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';
import { Field } from '@/components/ui/field';
import { ConfirmDelete } from './confirm-delete';

type Dept = { id: number; code: string; name: string; users: number; sections: number };

export function DepartmentsEditor({ departments }: { departments: Dept[] }) {
  const t = useTranslations('admin.departments');
  const { run, pending, error, done } = useRun();
  const [edit, setEdit] = useState<{ id?: number; code: string; name: string }>({ code: '', name: '' });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => saveDepartment(edit), { ok: () => setEdit({ code: '', name: '' }), doneMessage: t('saved') });
  };
  return (
    <div className="space-y-4">
      <ul
        className="divide-y divide-slate-100 rounded border border-slate-200 bg-white"
        aria-label={t('title')}
        data-testid="departments-list"
      >
        {departments.map((d, i) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              <span className="font-medium">{d.name}</span>
              <span className="ml-2 font-mono text-xs text-slate-600">{d.code}</span>
              <span className="ml-2 text-xs text-slate-600">{t('usage', { users: d.users, sections: d.sections })}</span>
            </span>
            <span className="flex gap-1">
              <button
                type="button"
                className={iconButtonClass}
                disabled={pending || i === 0}
                aria-label={t('up', { name: d.name })}
                onClick={() => run(() => moveDepartment({ id: d.id, move: 'up' }))}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className={iconButtonClass}
                disabled={pending || i === departments.length - 1}
                aria-label={t('down', { name: d.name })}
                onClick={() => run(() => moveDepartment({ id: d.id, move: 'down' }))}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className={iconButtonClass}
                onClick={() => setEdit({ id: d.id, code: d.code, name: d.name })}
                aria-label={t('editFor', { name: d.name })}
              >
                {t('edit')}
              </button>
              <ConfirmDelete
                id={`department-${d.id}-delete`}
                name={d.name}
                label={t('delete')}
                ariaLabel={t('deleteFor', { name: d.name })}
                pending={pending}
                onConfirm={() => run(() => removeDepartment({ id: d.id }), { doneMessage: t('deleted') })}
              />
            </span>
          </li>
        ))}
      </ul>
      <RunStatus error={error} done={done} />
      <form
        onSubmit={submit}
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3"
        aria-label={edit.id ? t('editFor', { name: edit.name }) : t('add')}
        noValidate
      >
        <Field id="dep-name" label={t('name')}>
          <input value={edit.name} onChange={(e) => setEdit({ ...edit, name: e.target.value })} className={inputClass} />
        </Field>
        <Field id="dep-code" label={t('code')} hint={t('codeHint')}>
          <input value={edit.code} onChange={(e) => setEdit({ ...edit, code: e.target.value })} className={inputClass} />
        </Field>
        <div className="flex items-center gap-2">
          <button type="submit" disabled={pending} className={buttonClass}>
            {edit.id ? t('save') : t('add')}
          </button>
          {edit.id && (
            <button type="button" className={secondaryButtonClass} onClick={() => setEdit({ code: '', name: '' })}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
