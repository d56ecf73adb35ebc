import { getTranslations } from '@/lib/i18n/get-translations';
import { TableSpecEditor } from '@/components/admin/table-spec-editor';
import { listAdminFinancialLines, listAdminIndicators } from '@/db/queries/admin-indicators';
import { listAdminSections } from '@/db/queries/admin-sections';
import { listTableSections } from '@/db/queries/admin-tables';
import { inDocumentOrder } from '@/db/queries/sections';
import { effectiveSpec, tableKindOf } from '@/lib/domain/table-spec';
import { kpiPairs } from '@/lib/report/tables';
import { loadAdminPlan } from '../load';
import { Empty } from '@/components/ui/empty';

/** The plan's report tables: each table section's title, columns, note, unit and row order. */
export default async function AdminTablesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { plan, db, editable } = await loadAdminPlan(id);
  const t = await getTranslations('adminTables');
  const specs = new Map(listTableSections(db, plan.id).map((s) => [s.id, s.tableSpec]));
  const tables = inDocumentOrder(listAdminSections(db, plan.id).filter((s) => !s.deletedAt && specs.has(s.id)));
  const pairs = kpiPairs(listAdminIndicators(db, plan.id)).map((p) => ({ key: p.key, label: p.name }));
  const lines = listAdminFinancialLines(db, plan.id)
    .filter((l) => l.fiscalYear === plan.endYear)
    .map((l) => ({ key: l.name, label: l.name }));
  return (
    <section aria-labelledby="tables-h" className="space-y-4">
      <div>
        <h2 id="tables-h" className="text-lg font-semibold">
          {t('heading')}
        </h2>
        <p className="text-sm text-slate-700">{t('help')}</p>
      </div>
      {tables.length === 0 && <Empty>{t('none')}</Empty>}
      {tables.map((s) => {
        const kind = tableKindOf(s.kind, plan.kind)!;
        const stored = specs.get(s.id) ?? null;
        const base = JSON.stringify(stored);
        return (
          <TableSpecEditor
            // Keyed by section only: a save refreshes `base` without remounting (the saved message stays).
            key={s.id}
            sectionId={s.id}
            sectionLabel={`${s.number ? `${s.number} ` : ''}${s.title}`}
            kind={kind}
            spec={effectiveSpec(kind, stored)}
            base={base}
            rows={kind === 'financial' ? lines : pairs}
            editable={editable}
          />
        );
      })}
    </section>
  );
}
