import { Link } from '@/components/ui/link';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { yoyTrend } from '@/lib/domain/progress';
import { StatusMark, TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

/** 重点課題: the initiatives' indicators grouped by department, with plan ratio or YoY where defined. */
export function Priorities({ data }: { data: DashboardPayload }) {
  const t = useTranslations('dashboard');
  const tf = useTranslations('figures');
  if (data.priorityDigest) return <PriorityDigest data={data} digest={data.priorityDigest} />;
  const groups = new Map<string, { name: string; rows: DashboardPayload['indicators'] }>();
  for (const i of data.indicators) {
    if (i.pairKey != null) continue;
    const key = String(i.departmentId);
    const g = groups.get(key) ?? { name: i.departmentName ?? '―', rows: [] };
    g.rows.push(i);
    groups.set(key, g);
  }
  if (groups.size === 0) return <p className="text-sm text-slate-700">{t('priorities.none')}</p>;
  return (
    <div className="space-y-4">
      {[...groups.entries()].map(([key, g]) => (
        <Table numericCells key={key} data-testid="priority-table" caption={g.name}>
          <THead>
            <tr>
              <TH>{t('priorities.indicator')}</TH>
              <TH numeric>{t('actual')}</TH>
              <TH numeric>{t('plan')}</TH>
              <TH numeric>{t('planRatio')}</TH>
              <TH numeric>{t('yoy')}</TH>
            </tr>
          </THead>
          <tbody>
            {g.rows.map((i) => {
              const f = i.fig;
              const yoy = f.toDate ? f.samePeriodYoy : f.yoy;
              return (
                <TR key={i.id} className="align-top">
                  <TH scope="row">
                    <Link href={`/years/${data.year}/dashboard/indicators/${i.code}`} className="ui-link">
                      {i.name}
                    </Link>
                    <span className="ui-sub">{i.sectionTitle}</span>
                  </TH>
                  <TD>
                    {f.actual === null ? t('noActual') : f.text.actual}
                    {f.asOfMonth !== null && <span className="ui-sub">{tf('asOf', { month: f.asOfMonth })}</span>}
                  </TD>
                  <TD>{f.text.plan}</TD>
                  <TD>
                    {f.text.planRatio}
                    <StatusMark status={f.status} />
                  </TD>
                  <TD>
                    {f.toDate ? f.text.samePeriodYoy : f.text.yoy}
                    <TrendMark trend={yoyTrend(f.isPoints ? null : yoy, i.direction)} />
                  </TD>
                </TR>
              );
            })}
          </tbody>
        </Table>
      ))}
    </div>
  );
}

/** Many indicators: per department, how many are ahead, on track or behind, and a way in. */
function PriorityDigest({ data, digest }: { data: DashboardPayload; digest: NonNullable<DashboardPayload['priorityDigest']> }) {
  const t = useTranslations('dashboard');
  const total = digest.reduce((n, d) => n + d.total, 0);
  return (
    <Table className="min-w-[40rem]" data-testid="priority-digest">
      <caption className="px-3 py-2 text-left text-slate-700">{t('priorities.digestNote', { count: total })}</caption>
      <THead>
        <tr>
          <TH className="whitespace-nowrap">{t('priorities.department')}</TH>
          <TH numeric className="whitespace-nowrap">
            {t('priorities.count')}
          </TH>
          {STATUSES.map((s) => (
            <TH key={s} numeric className="whitespace-nowrap">
              <StatusMark status={s} />
            </TH>
          ))}
          <TH numeric className="whitespace-nowrap">
            {t('priorities.noRatio')}
          </TH>
        </tr>
      </THead>
      <tbody>
        {digest.map((d) => (
          <TR key={d.departmentId ?? 'none'}>
            <TH scope="row" className="whitespace-nowrap">
              {d.departmentId === null ? (
                (d.departmentName ?? '―')
              ) : (
                <Link href={`/years/${data.year}/dashboard?dept=${d.departmentId}`} className="ui-link">
                  {t('priorities.open', { department: d.departmentName ?? '―' })}
                </Link>
              )}
            </TH>
            <TD numeric>{d.total}</TD>
            {STATUSES.map((s) => (
              <TD key={s} numeric>
                {d[s]}
              </TD>
            ))}
            <TD numeric>{d.none}</TD>
          </TR>
        ))}
      </tbody>
    </Table>
  );
}

const STATUSES = ['ahead', 'on_track', 'behind'] as const;
