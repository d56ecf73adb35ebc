import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { requirePage } from '@/lib/auth/require';

const AREAS = ['plans', 'users', 'departments', 'committee', 'organisation', 'audit', 'backup'] as const;

export default async function AdminHome() {
  await requirePage('people.admin');
  const t = await getTranslations('admin');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t('home.title')}</h1>
      <p className="text-slate-700">{t('home.intro')}</p>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {AREAS.map((a) => (
          <li key={a}>
            <Link href={`/admin/${a}`} className="block h-full rounded border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="font-semibold text-brand-700">{t(`nav.${a}`)}</span>
              <span className="mt-1 block text-sm text-slate-600">{t(`home.${a}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
