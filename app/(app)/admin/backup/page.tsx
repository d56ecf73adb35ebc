import { getTranslations } from '@/lib/i18n/get-translations';
import { requirePage } from '@/lib/auth/require';

export default async function AdminBackupPage() {
  await requirePage('people.admin');
  const t = await getTranslations('admin.backup');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-slate-700">{t('intro')}</p>
      <p>
        {/* A plain link: the browser downloads the file; no client code needed. */}
        <a
          href="/admin/backup/download"
          className="inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
          download
        >
          {t('download')}
        </a>
      </p>
      <p className="text-sm text-slate-600">{t('contains')}</p>
      <h2 className="pt-2 text-lg font-semibold">{t('restoreTitle')}</h2>
      <p className="text-sm text-slate-700">{t('restoreBody')}</p>
      <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        npm run db:backup{'\n'}npm run db:restore -- backups/hyoka-YYYYMMDD-HHMM.db
      </pre>
    </div>
  );
}
