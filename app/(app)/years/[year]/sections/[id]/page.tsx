import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PriorOpinions } from '@/components/review/prior-opinions';
import { StatusBadge } from '@/components/ui/status-badge';
import { getSectionDetail } from '@/db/queries/assessments';
import { listIndicatorsWithValues } from '@/db/queries/indicators';
import { can } from '@/lib/auth/policy';
import { formatIndicatorValue } from '@/lib/domain/money';
import { formatRatio, ratioTenths } from '@/lib/domain/ratio';
import { loadYear } from '@/lib/year';

export default async function SectionPage({ params }: { params: Promise<{ year: string; id: string }> }) {
  const { year: yearParam, id } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  if (!/^\d+$/.test(id)) notFound();
  const section = getSectionDetail(db, plan.id, Number(id));
  if (!section || !can(user, 'section.read', { departmentId: section.departmentId })) notFound();
  const [t, td, tc] = await Promise.all([getTranslations('sectionPage'), getTranslations('dashboard'), getTranslations('common')]);
  const readable = can(user, 'assessment.read', { status: section.status ?? undefined, departmentId: section.departmentId });
  const indicators = listIndicatorsWithValues(db, plan.id, year).filter((i) => i.sectionId === section.id);
  const paragraphs = readable && section.narrative ? section.narrative.split(/\n{2,}/) : [];
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm text-slate-600">{section.departmentName}</p>
        <h1 className="text-2xl font-bold">{section.number && <span className="mr-2">{section.number}</span>}{section.title}</h1>
        {readable && <div className="mt-2"><StatusBadge status={section.status} /></div>}
      </header>
      {indicators.length > 0 && (
        <div className="overflow-x-auto rounded border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">{tc('section')}</th>
                <th scope="col" className="px-3 py-2 text-right">{td('actual')}</th>
                <th scope="col" className="px-3 py-2 text-right">{td('plan')}</th>
                <th scope="col" className="px-3 py-2 text-right">{td('planRatio')}</th>
                <th scope="col" className="px-3 py-2 text-right">{td('yoy')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.id} className="border-t border-slate-100">
                  <th scope="row" className="px-3 py-2 text-left font-medium">{i.name}</th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatIndicatorValue(i.actualValue, i.unit, i.scale, { precision: i.yenPrecision })}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatIndicatorValue(i.planValue, i.unit, i.scale, { precision: i.yenPrecision })}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatRatio(ratioTenths(i.actualValue, i.planValue, i.ratioRounding))}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatRatio(ratioTenths(i.actualValue, i.priorActualValue, i.ratioRounding))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="narrative-h" className="rounded border border-slate-200 bg-white p-5">
        <h2 id="narrative-h" className="mb-3 text-lg font-semibold">{t('narrative')}</h2>
        {paragraphs.length === 0 ? (
          <p className="text-slate-600">{t('empty')}</p>
        ) : (
          <div className="space-y-3 leading-7" data-testid="narrative">
            {paragraphs.map((p, i) => <p key={i} className="indent-4">{p}</p>)}
          </div>
        )}
      </section>
      <PriorOpinions sectionId={section.id} planId={plan.id} year={year} user={user} />
    </article>
  );
}
