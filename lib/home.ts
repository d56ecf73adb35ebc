import 'server-only';
import type { Db } from '@/db/open';
import { getCurrentFiscalYear, getReviewFiscalYear } from '@/db/queries/plans';
import type { CurrentUser } from '@/lib/auth/session';

/** Where each role lands after login. */
export function homePath(db: Db, user: CurrentUser): string {
  if (user.role === 'committee') {
    const year = getReviewFiscalYear(db, user.organisationId);
    return year ? `/years/${year}/review` : '/years';
  }
  const year = getCurrentFiscalYear(db, user.organisationId);
  // A new install has no plan yet: the administrator starts by creating one.
  if (!year) return user.role === 'admin' ? '/admin/plans' : '/years';
  switch (user.role) {
    case 'staff':
      return `/years/${year}/sections`;
    case 'manager':
      return `/years/${year}/dashboard`;
    default:
      return `/years/${year}`;
  }
}
