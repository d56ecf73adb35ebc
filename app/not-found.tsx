import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';

/**
 * Hyoka's own answer to an unknown page and to a refused one: pages refuse with notFound(), so
 * that a page's existence is not confirmed to someone who may not open it.
 */
export default async function NotFound() {
  const [t, ta] = await Promise.all([getTranslations('notFoundPage'), getTranslations('app')]);
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-16 text-center">
      <p className="text-lg font-bold text-brand-900">
        {ta('name')} <span className="text-sm font-normal text-slate-600">{ta('tagline')}</span>
      </p>
      <h1 className="text-2xl font-bold" data-testid="not-found">
        {t('title')}
      </h1>
      <p className="text-slate-700">{t('body')}</p>
      <p className="flex justify-center gap-4">
        <Link href="/" className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
          {t('home')}
        </Link>
        <Link href="/search" className="rounded border border-slate-300 px-4 py-2 text-slate-800 hover:bg-slate-100">
          {t('search')}
        </Link>
      </p>
    </main>
  );
}
