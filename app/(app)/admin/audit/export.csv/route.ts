import { getTranslations } from '@/lib/i18n/get-translations';
import { getDb } from '@/db/client';
import { listAuditEntries, resolveAuditSubjects } from '@/db/queries/admin-audit';
import { auditChanges, japanTime } from '@/lib/audit/changes';
import { type AuditSearch, auditFilter } from '@/lib/audit/filter';
import { can } from '@/lib/auth/policy';
import { csvCell } from '@/lib/domain/csv';
import { getCurrentUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

const MAX_ROWS = 20_000;

/** The filtered audit log as CSV (UTF-8 with BOM for Excel; no cell can start a formula). */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response('login required', { status: 401 });
  if (!can(user, 'audit.read')) return new Response('not found', { status: 404 });
  const sp = Object.fromEntries(new URL(request.url).searchParams) as AuditSearch;
  const db = getDb();
  const rows = listAuditEntries(db, user.organisationId, auditFilter(sp), MAX_ROWS, 0);
  const subjects = resolveAuditSubjects(db, user.organisationId, rows);
  const [t, ta] = await Promise.all([getTranslations('admin.audit'), getTranslations('auditLog')]);
  const name = (group: 'actions' | 'entities' | 'fields', key: string) =>
    ta.has(`${group}.${key}`) ? ta(`${group}.${key}` as never) : key;
  const lines = [[ta('at'), t('user'), t('action'), t('entity'), '', ta('changes')].map(csvCell).join(',')];
  for (const r of rows) {
    const subject = r.entityId ? subjects.get(`${r.entityType}:${r.entityId}`) : undefined;
    const changes = auditChanges(r.before, r.after)
      .map((c) => `${name('fields', c.field)}: ${c.before}${c.before && c.after ? ' → ' : ''}${c.after}`)
      .join('\n');
    lines.push(
      [
        japanTime(r.at),
        r.userName ?? t('system'),
        name('actions', r.action.replace(/\./g, '_')),
        name('entities', r.entityType),
        subject?.name ?? (r.entityId ? `#${r.entityId}` : ''),
        changes,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-log.csv"`,
      'cache-control': 'private, no-store',
    },
  });
}
