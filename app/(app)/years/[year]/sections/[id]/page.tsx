import { SectionPageBody } from '@/components/sections/section-page';
import { loadYear } from '@/lib/year';

export default async function SectionPage({ params }: { params: Promise<{ year: string; id: string }> }) {
  const { year: yearParam, id } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  return <SectionPageBody user={user} plan={plan} year={year} db={db} sectionId={id} backHref={`/years/${year}/sections`} />;
}
