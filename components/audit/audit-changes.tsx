import { getTranslations } from '@/lib/i18n/get-translations';
import type { Change } from '@/lib/audit/changes';

/** Changed fields as a list; a long text as a diff (removed struck through, added underlined). */
export async function AuditChanges({ changes }: { changes: Change[] }) {
  const t = await getTranslations('auditLog');
  if (changes.length === 0) return <span className="text-slate-500">{t('noChanges')}</span>;
  const label = (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}` as never) : f);
  return (
    <dl className="space-y-1 text-xs" data-testid="audit-changes">
      {changes.map((c) => (
        <div key={c.field}>
          <dt className="font-semibold text-slate-700">{label(c.field)}</dt>
          <dd className="max-w-xl whitespace-pre-wrap break-words">
            {c.diff ? (
              c.diff.map((p, i) =>
                p.added ? (
                  <ins key={i} className="bg-green-100 text-green-900" title={t('added')}>
                    {p.text}
                  </ins>
                ) : p.removed ? (
                  <del key={i} className="bg-red-100 text-red-900" title={t('removed')}>
                    {p.text}
                  </del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )
            ) : (
              <>
                {c.before && <del className="text-red-800">{c.before}</del>}
                {c.before && c.after && ' → '}
                {c.after && <span className="text-green-900">{c.after}</span>}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
