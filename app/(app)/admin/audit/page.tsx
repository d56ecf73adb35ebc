import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listAuditEntityTypes, listAuditEntries } from '@/db/queries/admin-audit';
import { listAdminUsers } from '@/db/queries/admin-people';
import { requirePage } from '@/lib/auth/require';

const PAGE = 100;
type Search = { user?: string; entity?: string; action?: string; from?: string; to?: string; page?: string };
const date = (s?: string) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-500">―</span>;
  return (
    <pre className="max-h-48 max-w-md overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-1 text-xs">
      {JSON.stringify(value, null, 1)}
    </pre>
  );
}

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePage('audit.read');
  const sp = await searchParams;
  const t = await getTranslations('admin.audit');
  const db = getDb();
  const page = Math.max(0, Number(sp.page) || 0);
  const filter = {
    userId: Number(sp.user) || undefined,
    entityType: sp.entity?.slice(0, 64) || undefined,
    action: sp.action?.slice(0, 64) || undefined,
    from: date(sp.from),
    to: date(sp.to),
  };
  const rows = listAuditEntries(db, user.organisationId, filter, PAGE + 1, page * PAGE);
  const users = listAdminUsers(db, user.organisationId);
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
        <div>
          <label htmlFor="a-user" className="block text-sm text-slate-700">
            {t('user')}
          </label>
          <select id="a-user" name="user" defaultValue={sp.user ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-entity" className="block text-sm text-slate-700">
            {t('entity')}
          </label>
          <select id="a-entity" name="entity" defaultValue={sp.entity ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {listAuditEntityTypes(db).map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-action" className="block text-sm text-slate-700">
            {t('action')}
          </label>
          <input id="a-action" name="action" defaultValue={sp.action ?? ''} className={field} />
        </div>
        <div>
          <label htmlFor="a-from" className="block text-sm text-slate-700">
            {t('from')}
          </label>
          <input id="a-from" name="from" type="date" defaultValue={date(sp.from) ?? ''} className={field} />
        </div>
        <div>
          <label htmlFor="a-to" className="block text-sm text-slate-700">
            {t('to')}
          </label>
          <input id="a-to" name="to" type="date" defaultValue={date(sp.to) ?? ''} className={field} />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            {t('apply')}
          </button>
          <Link href="/admin/audit" className="px-2 py-1.5 text-sm text-brand-700 hover:underline">
            {t('reset')}
          </Link>
        </div>
      </form>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm" data-testid="audit-table">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t('at')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('user')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('action')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('entity')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('before')}
              </th>
              <th scope="col" className="px-3 py-2">
                {t('after')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PAGE).map((r) => (
              <tr key={r.id} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{r.at.replace('T', ' ').slice(0, 19)}</td>
                <td className="px-3 py-2">{r.userName ?? t('system')}</td>
                <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {r.entityType}
                  {r.entityId ? ` #${r.entityId}` : ''}
                </td>
                <td className="px-3 py-2">
                  <Json value={r.before} />
                </td>
                <td className="px-3 py-2">
                  <Json value={r.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="px-3 py-4 text-sm text-slate-600">{t('empty')}</p>}
      </div>
      {rows.length > PAGE && (
        <Link href={`/admin/audit?${more.toString()}`} className="text-sm text-brand-700 hover:underline">
          {t('more')}
        </Link>
      )}
    </div>
  );
}
