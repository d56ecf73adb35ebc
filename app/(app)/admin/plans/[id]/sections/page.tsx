import { SectionTreeEditor } from '@/components/admin/section-tree-editor';
import { listAdminSections } from '@/db/queries/admin-sections';
import { listDepartments } from '@/db/queries/plans';
import { inDocumentOrder } from '@/db/queries/sections';
import { loadAdminPlan } from '../load';

export default async function AdminSectionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, plan, db, editable } = await loadAdminPlan(id);
  const all = listAdminSections(db, plan.id);
  const live = inDocumentOrder(all.filter((s) => !s.deletedAt));
  const deleted = all.filter((s) => s.deletedAt);
  return (
    <SectionTreeEditor
      planId={plan.id}
      editable={editable}
      sections={live.map((s) => ({
        id: s.id,
        parentId: s.parentId,
        depth: s.depth,
        number: s.number,
        numberStyle: s.numberStyle,
        title: s.title,
        kind: s.kind,
        departmentId: s.departmentId,
        departmentName: s.departmentName,
      }))}
      deleted={deleted.map((s) => ({ id: s.id, number: s.number, title: s.title, deletedAt: s.deletedAt! }))}
      departments={listDepartments(db, user.organisationId)}
    />
  );
}
