import { ClientMessages } from '@/components/i18n/client-messages';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Non-admins do not learn that the admin pages exist.
  if (!can(user, 'plan.admin') && !can(user, 'people.admin')) notFound();
  const t = await getTranslations('admin.nav');
  const links = [
    ['/admin/plans', t('plans')],
    ['/admin/users', t('users')],
    ['/admin/departments', t('departments')],
    ['/admin/committee', t('committee')],
    ['/admin/organisation', t('organisation')],
    ['/admin/audit', t('audit')],
    ['/admin/backup', t('backup')],
  ] as const;
  return (
    <>
      <nav aria-label={t('label')} className="border-b border-slate-200 bg-white">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4 py-2">
          <li>
            <Link href="/admin" className="rounded px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100">
              {t('home')}
            </Link>
          </li>
          {links.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="rounded px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <ClientMessages area="admin">{children}</ClientMessages>
      </main>
    </>
  );
}
