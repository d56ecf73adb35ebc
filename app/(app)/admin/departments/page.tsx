import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DepartmentsEditor } from '@/components/admin/departments-editor';
import { getDb } from '@/db/client';
import { listAdminDepartments } from '@/db/queries/admin-people';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';

export default async function AdminDepartmentsPage() {
  const user = await requireUser();
  if (!can(user, 'people.admin')) notFound();
  const t = await getTranslations('admin.departments');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <DepartmentsEditor departments={listAdminDepartments(getDb(), user.organisationId)} />
    </div>
  );
}
