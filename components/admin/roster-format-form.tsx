'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { updateRosterFormat } from '@/lib/actions/admin-organisation';
import { DEFAULT_ROSTER_FORMAT, formatRoster, type RosterFormat, type RosterMember } from '@/lib/domain/roster';
import { buttonClass, inputClass, RunStatus, useRun } from './use-run';

/** How the roster is printed in place of {{committee}}: edited here, previewed with the members. */
export function RosterFormatForm({ version, format, members }: { version: number; format: RosterFormat | null; members: RosterMember[] }) {
  const t = useTranslations('rosterFormat');
  const { run, pending, error, done } = useRun();
  const [v, setV] = useState(version);
  const [f, setF] = useState<RosterFormat>(format ?? DEFAULT_ROSTER_FORMAT);
  const field = (k: keyof RosterFormat, max: number) => (
    <div>
      <label htmlFor={`roster-${k}`} className="block text-sm font-medium text-slate-700">
        {t(k)}
      </label>
      <input
        id={`roster-${k}`}
        value={f[k]}
        maxLength={max}
        onChange={(e) => setF({ ...f, [k]: e.target.value })}
        className={inputClass}
        aria-describedby={`roster-${k}-hint`}
      />
      <p id={`roster-${k}-hint`} className="mt-1 text-xs text-slate-600">
        {t(`${k}Hint`)}
      </p>
    </div>
  );
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    run(() => updateRosterFormat({ version: v, ...f }), { ok: (d) => setV(d.version), doneMessage: t('saved') });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('title')} className="space-y-4 rounded border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t('title')}</h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {field('member', 100)}
        {field('separator', 10)}
        {field('wrapper', 200)}
      </div>
      <div className="rounded bg-slate-50 p-3 text-sm">
        <p className="font-medium text-slate-700">{t('preview')}</p>
        <p data-testid="roster-preview">{members.length ? formatRoster(members, f) : t('noMembers')}</p>
      </div>
      <div>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t('save')}
        </button>
        <RunStatus error={error} done={done} />
      </div>
    </form>
  );
}
