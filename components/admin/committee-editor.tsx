'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { moveCommitteeMember, removeCommitteeMember, saveCommitteeMember } from '@/lib/actions/admin-org';
import { buttonClass, iconButtonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';
import { ConfirmDelete } from './confirm-delete';

type Member = { id: number; name: string; affiliation: string; title: string; userId: number | null; loginId: string | null };
type Draft = { id?: number; name: string; affiliation: string; title: string; userId: string };
const EMPTY: Draft = { name: '', affiliation: '', title: '', userId: '' };

export function CommitteeEditor({ members, users }: { members: Member[]; users: { id: number; label: string }[] }) {
  const t = useTranslations('admin.committee');
  const { run, pending, error, done } = useRun();
  const [d, setD] = useState<Draft>(EMPTY);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(
      () =>
        saveCommitteeMember({
          id: d.id,
          name: d.name,
          affiliation: d.affiliation,
          title: d.title,
          userId: d.userId ? Number(d.userId) : null,
        }),
      { ok: () => setD(EMPTY), doneMessage: t('saved') },
    );
  };
  return (
    <div className="space-y-4">
      <ol
        className="divide-y divide-slate-100 rounded border border-slate-200 bg-white"
        aria-label={t('title')}
        data-testid="committee-list"
      >
        {members.map((m, i) => (
          <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
            <span>
              <span className="mr-2 tabular-nums text-slate-600">{i + 1}.</span>
              {m.affiliation}
              {m.title} <span className="font-medium">{m.name}</span>
              {m.loginId && <span className="ml-2 font-mono text-xs text-slate-600">{t('linked', { login: m.loginId })}</span>}
            </span>
            <span className="flex gap-1">
              <button
                type="button"
                className={iconButtonClass}
                disabled={pending || i === 0}
                aria-label={t('up', { name: m.name })}
                onClick={() => run(() => moveCommitteeMember({ id: m.id, move: 'up' }))}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className={iconButtonClass}
                disabled={pending || i === members.length - 1}
                aria-label={t('down', { name: m.name })}
                onClick={() => run(() => moveCommitteeMember({ id: m.id, move: 'down' }))}
              >
                <span aria-hidden="true">↓</span>
              </button>
              <button
                type="button"
                className={iconButtonClass}
                onClick={() =>
                  setD({ id: m.id, name: m.name, affiliation: m.affiliation, title: m.title, userId: m.userId ? String(m.userId) : '' })
                }
                aria-label={t('editFor', { name: m.name })}
              >
                {t('edit')}
              </button>
              <ConfirmDelete
                id={`member-${m.id}-delete`}
                name={m.name}
                label={t('delete')}
                ariaLabel={t('deleteFor', { name: m.name })}
                pending={pending}
                onConfirm={() => run(() => removeCommitteeMember({ id: m.id }), { doneMessage: t('deleted') })}
              />
            </span>
          </li>
        ))}
      </ol>
      <RunStatus error={error} done={done} />
      <form
        onSubmit={submit}
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={d.id ? t('editFor', { name: d.name }) : t('add')}
        noValidate
      >
        {(['name', 'affiliation', 'title'] as const).map((k) => (
          <div key={k}>
            <label htmlFor={`cm-${k}`} className="block text-sm text-slate-700">
              {t(`fields.${k}`)}
            </label>
            <input id={`cm-${k}`} value={d[k]} onChange={(e) => setD({ ...d, [k]: e.target.value })} className={inputClass} />
          </div>
        ))}
        <div>
          <label htmlFor="cm-user" className="block text-sm text-slate-700">
            {t('user')}
          </label>
          <select id="cm-user" value={d.userId} onChange={(e) => setD({ ...d, userId: e.target.value })} className={inputClass}>
            <option value="">{t('noUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" disabled={pending} className={buttonClass}>
            {d.id ? t('save') : t('add')}
          </button>
          {d.id && (
            <button type="button" className={secondaryButtonClass} onClick={() => setD(EMPTY)}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
