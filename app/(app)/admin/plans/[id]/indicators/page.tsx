import { getTranslations } from '@/lib/i18n/get-translations';
import { FinancialLinesEditor } from '@/components/admin/financial-lines-editor';
import { IndicatorsEditor } from '@/components/admin/indicators-editor';
import { listAdminFinancialLines, listAdminIndicators } from '@/db/queries/admin-indicators';
import { listAdminSections } from '@/db/queries/admin-sections';
import { inDocumentOrder } from '@/db/queries/sections';
import { formatIndicatorValue, formatScaled } from '@/lib/domain/money';
import { planYears } from '@/lib/plans/structure';
import { loadAdminPlan } from '../load';

export default async function AdminIndicatorsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { plan, db, editable } = await loadAdminPlan(id);
  const t = await getTranslations('admin.indicators');
  const years = planYears(plan.startYear, plan.endYear);
  const live = inDocumentOrder(listAdminSections(db, plan.id).filter((s) => !s.deletedAt));
  const financialSectionId = live.find((s) => s.kind === 'financial_table')?.id ?? null;
  const sections = live.map((s) => ({
    id: s.id,
    label: `${'　'.repeat(s.depth)}${s.number ? `${s.number} ` : ''}${s.title}`,
  }));
  const indicators = listAdminIndicators(db, plan.id).map((ind) => ({
    id: ind.id,
    code: ind.code,
    name: ind.name,
    aliases: ind.aliases,
    sectionId: ind.sectionId,
    unit: ind.unit,
    scale: ind.scale,
    direction: ind.direction,
    yenPrecision: ind.yenPrecision,
    aggregation: ind.aggregation,
    numeratorId: ind.numeratorId,
    denominatorId: ind.denominatorId,
    ratioRounding: ind.ratioRounding,
    pairKey: ind.pairKey ?? '',
    measure: ind.measure,
    allowNegative: ind.allowNegative,
    values: years.map((y) => {
      const v = ind.values.find((x) => x.fiscalYear === y);
      const plan = v?.planValue ?? null;
      return {
        fiscalYear: y,
        planText: plan === null ? '' : formatScaled(plan, ind.unit === 'yen' ? 0 : ind.scale),
        planShown: formatIndicatorValue(plan, ind.unit, ind.scale, { precision: ind.yenPrecision }),
        priorShown: formatIndicatorValue(v?.priorActualValue ?? null, ind.unit, ind.scale, { precision: ind.yenPrecision }),
      };
    }),
  }));
  const lines = listAdminFinancialLines(db, plan.id).map((l) => ({
    id: l.id,
    fiscalYear: l.fiscalYear,
    name: l.name,
    sectionId: l.sectionId,
    amountShown: formatIndicatorValue(l.amount, 'yen', 0, { precision: 'man' }),
    priorText: l.priorAmount === null ? '' : formatScaled(l.priorAmount, 0),
    priorShown: formatIndicatorValue(l.priorAmount, 'yen', 0, { precision: 'man' }),
  }));
  return (
    <div className="space-y-10">
      <section aria-labelledby="ind-h">
        <h2 id="ind-h" className="mb-2 text-lg font-semibold">
          {t('title')}
        </h2>
        <IndicatorsEditor planId={plan.id} editable={editable} years={years} indicators={indicators} sections={sections} />
      </section>
      <section aria-labelledby="fin-h">
        <h2 id="fin-h" className="mb-2 text-lg font-semibold">
          {t('financialTitle')}
        </h2>
        <FinancialLinesEditor planId={plan.id} editable={editable} years={years} lines={lines} tableSectionId={financialSectionId} />
      </section>
    </div>
  );
}
