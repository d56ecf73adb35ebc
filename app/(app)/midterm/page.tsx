import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/session';
import { readableMidtermPlans } from '@/lib/year';
import { warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { Empty } from '@/components/ui/empty';

/** The organisation's mid-term plans, each with its sections and its own report. */
export default async function MidtermPlansPage() {
  const user = await requireUser();
  const [t, tp] = await Promise.all([getTranslations('midterm'), getTranslations('phases')]);
  const plans = readableMidtermPlans(getDb(), user);
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {plans.length === 0 ? (
        <Empty>{t('none')}</Empty>
      ) : (
        <ul className="space-y-2">
          {plans.map((p) => (
            <li key={p.id} className="rounded border border-slate-200 bg-white p-3">
              <Link href={`/midterm/${p.id}`} className="font-medium text-brand-700 hover:underline">
                {p.title}
              </Link>
              <span className="ml-2 text-sm text-slate-700">
                {t('period', { from: warekiFiscalYear(p.startYear), to: warekiFiscalYear(p.endYear) })} ・ {tp(p.phase)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
