import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { UsersEditor } from '@/components/admin/users-editor';
import { getDb } from '@/db/client';
import { listAdminUsers } from '@/db/queries/admin-people';
import { listDepartments } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

export default async function AdminUsersPage() {
  const user = await requireUser();
  if (!can(user, 'people.admin')) notFound();
  const t = await getTranslations('admin.users');
  const db = getDb();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <UsersEditor
        users={listAdminUsers(db, user.organisationId)}
        departments={listDepartments(db, user.organisationId)}
        selfId={user.id}
      />
    </div>
  );
}
