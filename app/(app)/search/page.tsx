import { getTranslations } from '@/lib/i18n/get-translations';
import { SearchResults } from '@/components/search/search-results';
import { getDb } from '@/db/client';
import { listDepartments, listPlans } from '@/db/queries/plans';
import { requireUser } from '@/lib/auth/session';
import { KIND_FILTERS, type KindFilter, search } from '@/lib/search/search';
import { Field } from '@/components/ui/field';

type Params = { q?: string; year?: string; dept?: string; kind?: string };
const LIMIT = 50;

/** /search?q=…: every year's words, only what the user may read (the policy decides per hit). */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const t = await getTranslations('search');
  const db = getDb();
  const q = (sp.q ?? '').trim().slice(0, 100);
  const year = Number(sp.year) || undefined;
  const departmentId = Number(sp.dept) || undefined;
  const kind = KIND_FILTERS.includes(sp.kind as KindFilter) ? (sp.kind as KindFilter) : undefined;
  const years = [...new Set(listPlans(db, user.organisationId).map((p) => p.startYear))];
  const departments = listDepartments(db, user.organisationId);
  const results = q ? search(db, user, q, { year, departmentId, kinds: kind ? [kind] : undefined }, LIMIT) : [];
  const field = 'mt-1 w-full rounded border border-slate-300 px-2 py-1.5 text-sm';
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <form method="get" role="search" className="grid grid-cols-1 gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-6">
        <Field id="s-q" label={t('label')} className="sm:col-span-3">
          <input name="q" type="search" defaultValue={q} placeholder={t('placeholder')} maxLength={100} className={field} />
        </Field>
        <Field id="s-year" label={t('year')}>
          <select name="year" defaultValue={year ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {t('yearOption', { year: y })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="s-dept" label={t('department')}>
          <select name="dept" defaultValue={departmentId ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="s-kind" label={t('kind')}>
          <select name="kind" defaultValue={kind ?? ''} className={field}>
            <option value="">{t('all')}</option>
            {KIND_FILTERS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="sm:col-span-6 flex items-center justify-between gap-2">
          <p className="text-xs text-slate-600">{t('hint')}</p>
          <button type="submit" className="rounded bg-brand-600 px-4 py-1.5 text-white hover:bg-brand-700">
            {t('submit')}
          </button>
        </div>
      </form>
      {q && (
        <section aria-live="polite" className="space-y-2">
          <p className="text-sm text-slate-700">
            {results.length === 0
              ? t('none', { q })
              : results.length >= LIMIT
                ? t('more', { count: LIMIT })
                : t('count', { count: results.length })}
          </p>
          {results.length > 0 && <SearchResults results={results} />}
        </section>
      )}
    </main>
  );
}
