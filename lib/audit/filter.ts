// The audit page's filter from its query string, shared by the page and its CSV export.
import type { AuditFilter } from '@/db/queries/admin-audit';
import { japanDayBounds } from './changes';

export type AuditSearch = { user?: string; entity?: string; action?: string; from?: string; to?: string; page?: string };

export const auditDay = (s?: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

export function auditFilter(sp: AuditSearch): AuditFilter {
  const days = japanDayBounds(auditDay(sp.from), auditDay(sp.to));
  return {
    userId: Number(sp.user) || undefined,
    entityType: sp.entity?.slice(0, 64) || undefined,
    action: sp.action?.slice(0, 64) || undefined,
    from: days.from,
    to: days.to,
  };
}
