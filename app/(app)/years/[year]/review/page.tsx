import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/ui/status-badge';
import { listReviewMaterial } from '@/db/queries/assessments';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { loadYear } from '@/lib/year';

/** Committee home: submitted and approved material of the year, grouped by department. */
export default async function ReviewPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  if (user.role !== 'committee' && user.role !== 'admin') notFound();
  const [t, tc, locale] = await Promise.all([getTranslations('review'), getTranslations('common'), getLocale()]);
  const { rows, opinionCounts } = listReviewMaterial(db, plan.id);
  const visible = rows.filter((r) => can(user, 'assessment.read', { status: r.status }));
  const groups = new Map<string, { name: string; departmentId: number | null; items: typeof visible }>();
  for (const r of visible) {
    const key = String(r.departmentId);
    const g = groups.get(key) ?? { name: r.departmentName ?? '―', departmentId: r.departmentId, items: [] };
    g.items.push(r);
    groups.set(key, g);
  }
  const opinionsFor = (departmentId: number | null) =>
    opinionCounts.filter((o) => o.departmentId === departmentId).reduce((n, o) => n + o.n, 0);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('subtitle', { year: formatFiscalYear(year, locale === 'en' ? 'en' : 'ja') })}</p>
        <p className="text-sm text-slate-600">{tc('deadline')}: {plan.reviewDeadline ?? tc('noDeadline')}</p>
      </header>
      {groups.size === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t('empty')}</p>
      ) : (
        [...groups.values()].map((g) => (
          <section key={g.name} aria-labelledby={`dept-${g.departmentId}`} className="rounded border border-slate-200 bg-white">
            <header className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
              <h2 id={`dept-${g.departmentId}`} className="text-lg font-semibold">{g.name}</h2>
              <span className="text-sm text-slate-600">{t('opinions', { n: opinionsFor(g.departmentId) })}</span>
            </header>
            <ul className="divide-y divide-slate-100">
              {g.items.map((s) => (
                <li key={s.id} className="px-4 py-3">
                  <div className="flex items-center justify-between gap-3">
                    <Link href={`/years/${year}/sections/${s.id}`} className="font-medium text-brand-700 hover:underline">
                      {s.number && <span className="mr-2">{s.number}</span>}{s.title}
                    </Link>
                    <StatusBadge status={s.status} />
                  </div>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-700">{s.narrative}</p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
