import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { AuditChanges } from '@/components/audit/audit-changes';
import { Field } from '@/components/ui/field';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { listAuditEntityTypes, listAuditEntries, resolveAuditSubjects } from '@/db/queries/admin-audit';
import { listAdminUsers } from '@/db/queries/admin-people';
import { auditChanges, japanTime } from '@/lib/audit/changes';
import { type AuditSearch, auditDay, auditFilter } from '@/lib/audit/filter';
import { requirePage } from '@/lib/auth/require';

const PAGE = 100;
type Search = AuditSearch;
const date = auditDay;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage('audit.read');
  const sp = await searchParams;
  const [t, ta] = await Promise.all([getTranslations('admin.audit'), getTranslations('auditLog')]);
  const db = getDb();
  const page = Math.max(0, Number(sp.page) || 0);
  const filter = auditFilter(sp);
  const rows = listAuditEntries(db, user.organisationId, filter, PAGE + 1, page * PAGE);
  const users = listAdminUsers(db, user.organisationId);
  const subjects = resolveAuditSubjects(db, user.organisationId, rows);
  const actionName = (a: string) => (ta.has(`actions.${a.replace(/\./g, '_')}`) ? ta(`actions.${a.replace(/\./g, '_')}` as never) : a);
  const entityName = (e: string) => (ta.has(`entities.${e}`) ? ta(`entities.${e}` as never) : e);
  const csv = new URLSearchParams(Object.entries({ ...sp, page: '' }).filter(([, v]) => v) as [string, string][]);
  const more = new URLSearchParams(Object.entries({ ...sp, page: String(page + 1) }).filter(([, v]) => v) as [string, string][]);
  const field = 'mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form
        method="get"
        className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
        aria-label={t('filter')}
      >
        <Field id="a-user" label={t('user')}>
          <select name="user" defaultValue={sp.user ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </Field>
        <Field id="a-entity" label={t('entity')}>
          <select name="entity" defaultValue={sp.entity ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {listAuditEntityTypes(db).map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </Field>
        <Field id="a-action" label={t('action')}>
          <input name="action" defaultValue={sp.action ?? ''} className={field} />
        </Field>
        <Field id="a-from" label={t('from')}>
          <input name="from" type="date" defaultValue={date(sp.from) ?? ''} className={field} />
        </Field>
        <Field id="a-to" label={t('to')}>
          <input name="to" type="date" defaultValue={date(sp.to) ?? ''} className={field} />
        </Field>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            {t('apply')}
          </button>
          <Link href="/admin/audit" className="px-2 py-1.5 text-sm text-brand-700 hover:underline">
            {t('reset')}
          </Link>
        </div>
      </form>
      <Table data-testid="audit-table">
        <THead>
          <tr>
            <TH>{ta('at')}</TH>
            <TH>{t('user')}</TH>
            <TH>{t('action')}</TH>
            <TH>{t('entity')}</TH>
            <TH>{ta('changes')}</TH>
          </tr>
        </THead>
        <tbody>
          {rows.slice(0, PAGE).map((r) => {
            const subject = r.entityId ? subjects.get(`${r.entityType}:${r.entityId}`) : undefined;
            return (
              <TR key={r.id} className="align-top">
                <TD className="whitespace-nowrap tabular-nums">{japanTime(r.at)}</TD>
                <TD>{r.userName ?? t('system')}</TD>
                <TD title={r.action}>{actionName(r.action)}</TD>
                <TD>
                  <span className="text-xs text-slate-600">{entityName(r.entityType)}</span>{' '}
                  {subject ? (
                    subject.link ? (
                      <Link href={subject.link} className="ui-link">
                        {subject.name}
                      </Link>
                    ) : (
                      subject.name
                    )
                  ) : r.entityId ? (
                    <span className="text-slate-500">#{r.entityId}</span>
                  ) : null}
                </TD>
                <TD>
                  <AuditChanges changes={auditChanges(r.before, r.after)} />
                </TD>
              </TR>
            );
          })}
        </tbody>
      </Table>
      {rows.length === 0 && <p className="px-3 py-4 text-sm text-slate-600">{t('empty')}</p>}
      <a href={`/admin/audit/export.csv?${csv.toString()}`} className="text-sm text-brand-700 hover:underline" download>
        {ta('csv')}
      </a>
      {rows.length > PAGE && (
        <Link href={`/admin/audit?${more.toString()}`} className="text-sm text-brand-700 hover:underline">
          {t('more')}
        </Link>
      )}
    </div>
  );
}
