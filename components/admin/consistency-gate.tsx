import { getTranslations } from '@/lib/i18n/get-translations';
import { Card } from '@/components/ui/card';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import type { YearCheck } from '@/lib/report/narrative-check';

/** What the publish gate will say: the narrative figures that contradict the data, if any. */
export async function ConsistencyGate({ check }: { check: YearCheck }) {
  const t = await getTranslations('publishGate');
  const n = check.contradictions.length;
  return (
    <Card id="consistency-gate" title={t('title')} tone={n ? 'warning' : 'plain'} data-testid="consistency-gate">
      <p className="text-sm text-slate-800">{n ? t('found', { n }) : t('clean', { checked: check.checked })}</p>
      {n > 0 && (
        <Table frameClassName="mt-2">
          <THead>
            <tr>
              <TH>{t('section')}</TH>
              <TH>{t('indicator')}</TH>
              <TH>{t('field')}</TH>
              <TH numeric>{t('quoted')}</TH>
              <TH numeric>{t('expected')}</TH>
            </tr>
          </THead>
          <tbody>
            {check.contradictions.map((c, i) => (
              <TR key={i} data-testid="contradiction">
                <TD>{c.sectionTitle}</TD>
                <TD>{c.indicatorName}</TD>
                <TD>{t(`fields.${c.field}`)}</TD>
                <TD numeric>{c.quoted}</TD>
                <TD numeric>{c.expected}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
