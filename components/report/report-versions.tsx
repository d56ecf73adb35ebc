import { getTranslations } from '@/lib/i18n/get-translations';
import { Card } from '@/components/ui/card';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import type { PublishedReportInfo } from '@/db/queries/report-publish';

/** The stored official PDFs, newest first; each stays downloadable. */
export async function ReportVersions({ versions, pdfHref }: { versions: PublishedReportInfo[]; pdfHref: (version: number) => string }) {
  const [t, tg] = await Promise.all([getTranslations('report'), getTranslations('publishGate')]);
  return (
    <Card id="report-versions" title={t('versions')}>
      {versions.length === 0 ? (
        <p className="text-sm text-slate-700">{t('noVersions')}</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <TH>{t('version')}</TH>
              <TH>{t('createdAt')}</TH>
              <TH>{t('createdBy')}</TH>
              <TH>{t('amendmentNote')}</TH>
              <TH>{tg('column')}</TH>
              <TH>{t('sha256')}</TH>
            </tr>
          </THead>
          <tbody>
            {versions.map((v) => (
              <TR key={v.id} className="align-top">
                <TD>
                  <a className="text-brand-700 underline" href={pdfHref(v.version)} download>
                    {t('download.link', { version: v.version })}
                  </a>
                </TD>
                <TD className="whitespace-nowrap">{v.createdAt.replace('T', ' ').slice(0, 16)} UTC</TD>
                <TD>{v.createdByName ?? '―'}</TD>
                <TD className="whitespace-pre-line">{v.amendmentNote ?? '―'}</TD>
                <TD data-testid="consistency-override">
                  {v.consistencyOverride
                    ? tg('overridden', { n: v.consistencyOverride.contradictions, reason: v.consistencyOverride.reason })
                    : '―'}
                </TD>
                <TD className="font-mono text-xs" title={v.sha256}>
                  {v.sha256.slice(0, 16)}…
                </TD>
              </TR>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
