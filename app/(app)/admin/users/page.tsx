import { getTranslations } from '@/lib/i18n/get-translations';
import { UsersEditor } from '@/components/admin/users-editor';
import { getDb } from '@/db/client';
import { listAdminUsers } from '@/db/queries/admin-people';
import { listDepartments } from '@/db/queries/plans';
import { requirePage } from '@/lib/auth/require';

export default async function AdminUsersPage() {
  const user = await requirePage('people.admin');
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
