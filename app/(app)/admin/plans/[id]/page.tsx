import { getTranslations } from '@/lib/i18n/get-translations';
import { PlanSettingsForm } from '@/components/admin/plan-settings-form';
import { loadAdminPlan } from './load';

export default async function AdminPlanSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { plan, editable } = await loadAdminPlan(id);
  const to = await getTranslations('planOutline');
  return (
    <>
      <PlanSettingsForm
        editable={editable}
        plan={{
          id: plan.id,
          version: plan.version,
          kind: plan.kind,
          phase: plan.phase,
          title: plan.title,
          documentTitle: plan.documentTitle ?? '',
          numbering: plan.numbering ?? [],
          displayUnit: plan.displayUnit ?? '',
          startYear: plan.startYear,
          ratingScale: (plan.ratingScale ?? []).map((g) => ({ grade: g.grade, meaning: g.meaning })),
          independentReview: plan.independentReview,
          entryDeadline: plan.entryDeadline ?? '',
          reviewDeadline: plan.reviewDeadline ?? '',
          publishDeadline: plan.publishDeadline ?? '',
        }}
      />
      <p className="mt-6 text-sm">
        <a href={`/admin/plans/${plan.id}/template.json`} download className="text-brand-700 underline" data-testid="export-template">
          {to('export')}
        </a>
        <span className="ml-2 text-xs text-slate-600">{to('exportHint')}</span>
      </p>
    </>
  );
}
