import { getTranslations } from 'next-intl/server';
import type { PublishedReportInfo } from '@/db/queries/report-publish';

/** The stored official PDFs, newest first; each stays downloadable. */
export async function ReportVersions({ versions, pdfHref }: { versions: PublishedReportInfo[]; pdfHref: (version: number) => string }) {
  const [t, tg] = await Promise.all([getTranslations('report'), getTranslations('publishGate')]);
  return (
    <section aria-labelledby="report-versions-h" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="report-versions-h" className="mb-2 font-semibold">
        {t('versions')}
      </h2>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-700">{t('noVersions')}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left">
              <th scope="col" className="py-1 pr-2">
                {t('version')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('createdAt')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('createdBy')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('amendmentNote')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {tg('column')}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t('sha256')}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} className="border-b border-slate-100 align-top">
                <td className="py-1 pr-2">
                  <a className="text-brand-700 underline" href={pdfHref(v.version)} download>
                    {t('download.link', { version: v.version })}
                  </a>
                </td>
                <td className="py-1 pr-2 whitespace-nowrap">{v.createdAt.replace('T', ' ').slice(0, 16)} UTC</td>
                <td className="py-1 pr-2">{v.createdByName ?? '―'}</td>
                <td className="py-1 pr-2 whitespace-pre-line">{v.amendmentNote ?? '―'}</td>
                <td className="py-1 pr-2" data-testid="consistency-override">
                  {v.consistencyOverride
                    ? tg('overridden', { n: v.consistencyOverride.contradictions, reason: v.consistencyOverride.reason })
                    : '―'}
                </td>
                <td className="py-1 pr-2 font-mono text-xs" title={v.sha256}>
                  {v.sha256.slice(0, 16)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
