'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { createUser, deleteUser, resetPassword, updateUser } from '@/lib/actions/admin-people';
import type { Role } from '@/lib/domain/types';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { buttonClass, iconButtonClass, inputClass, RunStatus, secondaryButtonClass, useRun } from './use-run';
import { Card } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { ConfirmDelete } from './confirm-delete';

type User = { id: number; loginId: string; displayName: string; role: Role; active: boolean; departmentIds: number[] };
type Dept = { id: number; name: string };
const ROLES: Role[] = ['admin', 'staff', 'committee', 'manager'];

export function UsersEditor({ users, departments, selfId }: { users: User[]; departments: Dept[]; selfId: number }) {
  const t = useTranslations('admin.users');
  const tr = useTranslations('roles');
  const [editing, setEditing] = useState<number | null>(null);
  const deptNames = (ids: number[]) =>
    departments
      .filter((d) => ids.includes(d.id))
      .map((d) => d.name)
      .join('、') || '―';
  return (
    <div className="space-y-6">
      <Table data-testid="users-table">
        <THead>
          <tr>
            <TH>{t('displayName')}</TH>
            <TH>{t('loginId')}</TH>
            <TH>{t('role')}</TH>
            <TH>{t('departments')}</TH>
            <TH>{t('state')}</TH>
            <TH>
              <span className="sr-only">{t('actions')}</span>
            </TH>
          </tr>
        </THead>
        <tbody>
          {users.map((u) => (
            <TR key={u.id} className="align-top">
              <TH scope="row">{u.displayName}</TH>
              <TD className="font-mono">{u.loginId}</TD>
              <TD>{tr(u.role)}</TD>
              <TD>{deptNames(u.departmentIds)}</TD>
              <TD>{u.active ? t('active') : t('inactive')}</TD>
              <TD>
                <button
                  type="button"
                  className={iconButtonClass}
                  aria-expanded={editing === u.id}
                  onClick={() => setEditing(editing === u.id ? null : u.id)}
                  aria-label={t('editFor', { name: u.displayName })}
                >
                  {t('edit')}
                </button>
              </TD>
            </TR>
          ))}
        </tbody>
      </Table>
      {editing !== null && (
        <UserForm
          key={editing}
          user={users.find((u) => u.id === editing)!}
          departments={departments}
          isSelf={editing === selfId}
          onDone={() => setEditing(null)}
        />
      )}
      <NewUserForm departments={departments} />
      <p className="text-xs text-slate-600">{t('note', { roles: ROLES.map((r) => tr(r)).join('・') })}</p>
    </div>
  );
}

function DeptChecks({
  idPrefix,
  departments,
  value,
  onChange,
}: {
  idPrefix: string;
  departments: Dept[];
  value: number[];
  onChange: (ids: number[]) => void;
}) {
  const t = useTranslations('admin.users');
  return (
    <fieldset>
      <legend className="text-sm text-slate-700">{t('departments')}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {departments.map((d) => (
          <label key={d.id} htmlFor={`${idPrefix}-d${d.id}`} className="flex items-center gap-1 text-sm">
            <input
              id={`${idPrefix}-d${d.id}`}
              type="checkbox"
              checked={value.includes(d.id)}
              onChange={(e) => onChange(e.target.checked ? [...value, d.id] : value.filter((x) => x !== d.id))}
            />
            {d.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function RoleSelect({ id, value, onChange, disabled }: { id: string; value: Role; onChange: (r: Role) => void; disabled?: boolean }) {
  const t = useTranslations('admin.users');
  const tr = useTranslations('roles');
  return (
    <Field id={id} label={t('role')}>
      <select value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as Role)} className={inputClass}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tr(r)}
          </option>
        ))}
      </select>
    </Field>
  );
}

function UserForm({ user, departments, isSelf, onDone }: { user: User; departments: Dept[]; isSelf: boolean; onDone: () => void }) {
  const t = useTranslations('admin.users');
  const { run, pending, error, done } = useRun();
  const [v, setV] = useState(user);
  const [password, setPassword] = useState('');
  const p = `u${user.id}`;
  return (
    <Card id={p} title={t('editFor', { name: user.displayName })} className="space-y-4">
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(
            () =>
              updateUser({ userId: user.id, displayName: v.displayName, role: v.role, departmentIds: v.departmentIds, active: v.active }),
            { doneMessage: t('saved') },
          );
        }}
      >
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${p}-name`} className="block text-sm text-slate-700">
              {t('displayName')}
            </label>
            <input
              id={`${p}-name`}
              value={v.displayName}
              onChange={(e) => setV({ ...v, displayName: e.target.value })}
              className={inputClass}
            />
          </div>
          <RoleSelect id={`${p}-role`} value={v.role} onChange={(role) => setV({ ...v, role })} disabled={isSelf} />
        </div>
        <DeptChecks
          idPrefix={p}
          departments={departments}
          value={v.departmentIds}
          onChange={(departmentIds) => setV({ ...v, departmentIds })}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={v.active} disabled={isSelf} onChange={(e) => setV({ ...v, active: e.target.checked })} />
          {t('activeLabel')}
        </label>
        <div className="flex gap-2">
          <button type="submit" disabled={pending} className={buttonClass}>
            {t('save')}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onDone}>
            {t('close')}
          </button>
        </div>
      </form>
      <form
        className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          run(() => resetPassword({ userId: user.id, password }), { ok: () => setPassword(''), doneMessage: t('passwordReset') });
        }}
      >
        <div className="min-w-64">
          <label htmlFor={`${p}-pw`} className="block text-sm text-slate-700">
            {t('newPassword')}
          </label>
          <input
            id={`${p}-pw`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className={inputClass}
            aria-describedby={`${p}-pw-hint`}
          />
        </div>
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          {t('resetPassword')}
        </button>
        <p id={`${p}-pw-hint`} className="w-full text-xs text-slate-600">
          {t('passwordHint')}
        </p>
      </form>
      {!isSelf && (
        <div className="border-t border-slate-100 pt-3">
          <ConfirmDelete
            id={`user-${user.id}-delete`}
            name={user.displayName}
            label={t('delete')}
            pending={pending}
            onConfirm={() => run(() => deleteUser({ userId: user.id }), { ok: onDone, doneMessage: t('deleted') })}
          />
          <p className="mt-1 text-xs text-slate-600">{t('deleteHint')}</p>
        </div>
      )}
      <RunStatus error={error} done={done} />
    </Card>
  );
}

function NewUserForm({ departments }: { departments: Dept[] }) {
  const t = useTranslations('admin.users');
  const { run, pending, error, done } = useRun();
  const empty = { loginId: '', displayName: '', role: 'staff' as Role, departmentIds: [] as number[], password: '' };
  const [v, setV] = useState(empty);
  return (
    <form
      aria-labelledby="new-user-h"
      className="space-y-3 rounded border border-slate-200 bg-white p-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        run(() => createUser(v), { ok: () => setV(empty), doneMessage: t('created') });
      }}
    >
      <h2 id="new-user-h" className="text-lg font-semibold">
        {t('create')}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="nu-login" label={t('loginId')}>
          <input value={v.loginId} autoComplete="off" onChange={(e) => setV({ ...v, loginId: e.target.value })} className={inputClass} />
        </Field>
        <Field id="nu-name" label={t('displayName')}>
          <input value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.target.value })} className={inputClass} />
        </Field>
        <RoleSelect id="nu-role" value={v.role} onChange={(role) => setV({ ...v, role })} />
        <Field id="nu-pw" label={t('initialPassword')}>
          <input
            type="password"
            autoComplete="new-password"
            value={v.password}
            onChange={(e) => setV({ ...v, password: e.target.value })}
            className={inputClass}
          />
        </Field>
      </div>
      <DeptChecks
        idPrefix="nu"
        departments={departments}
        value={v.departmentIds}
        onChange={(departmentIds) => setV({ ...v, departmentIds })}
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('createSubmit')}
      </button>
      <RunStatus error={error} done={done} />
    </form>
  );
}
