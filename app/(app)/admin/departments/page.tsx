import { getTranslations } from '@/lib/i18n/get-translations';
import { DepartmentsEditor } from '@/components/admin/departments-editor';
import { getDb } from '@/db/client';
import { listAdminDepartments } from '@/db/queries/admin-people';
import { requirePage } from '@/lib/auth/require';

export default async function AdminDepartmentsPage() {
  const user = await requirePage('people.admin');
  const t = await getTranslations('admin.departments');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <DepartmentsEditor departments={listAdminDepartments(getDb(), user.organisationId)} />
    </div>
  );
}
