import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { yoyTrend } from '@/lib/domain/progress';
import { StatusMark, TrendMark } from './status-mark';
import type { DashboardPayload } from './types';

const cell = 'whitespace-nowrap px-3 py-2 text-right tabular-nums';

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
        <div key={key} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="priority-table">
            <caption className="px-3 py-2 text-left font-semibold">{g.name}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2 text-left">
                  {t('priorities.indicator')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('actual')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('plan')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('planRatio')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('yoy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((i) => {
                const f = i.fig;
                const yoy = f.toDate ? f.samePeriodYoy : f.yoy;
                return (
                  <tr key={i.id} className="border-t border-slate-100 align-top">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <Link href={`/years/${data.year}/dashboard/indicators/${i.code}`} className="text-brand-700 hover:underline">
                        {i.name}
                      </Link>
                      <span className="block text-xs text-slate-600">{i.sectionTitle}</span>
                    </th>
                    <td className={cell}>
                      {f.actual === null ? t('noActual') : f.text.actual}
                      {f.asOfMonth !== null && <span className="block text-xs text-slate-600">{tf('asOf', { month: f.asOfMonth })}</span>}
                    </td>
                    <td className={cell}>{f.text.plan}</td>
                    <td className={cell}>
                      <span className="block">{f.text.planRatio}</span>
                      <StatusMark status={f.status} />
                    </td>
                    <td className={cell}>
                      <span className="block">{f.toDate ? f.text.samePeriodYoy : f.text.yoy}</span>
                      <TrendMark trend={yoyTrend(f.isPoints ? null : yoy, i.direction)} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

/** Many indicators: per department, how many are ahead, on track or behind, and a way in. */
function PriorityDigest({ data, digest }: { data: DashboardPayload; digest: NonNullable<DashboardPayload['priorityDigest']> }) {
  const t = useTranslations('dashboard');
  const total = digest.reduce((n, d) => n + d.total, 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-sm" data-testid="priority-digest">
        <caption className="px-3 py-2 text-left text-slate-700">{t('priorities.digestNote', { count: total })}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-left">
              {t('priorities.department')}
            </th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-right">
              {t('priorities.count')}
            </th>
            {STATUSES.map((s) => (
              <th key={s} scope="col" className="whitespace-nowrap px-3 py-2 text-right">
                <StatusMark status={s} />
              </th>
            ))}
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-right">
              {t('priorities.noRatio')}
            </th>
          </tr>
        </thead>
        <tbody>
          {digest.map((d) => (
            <tr key={d.departmentId ?? 'none'} className="border-t border-slate-100">
              <th scope="row" className="whitespace-nowrap px-3 py-2 text-left font-normal">
                {d.departmentId === null ? (
                  (d.departmentName ?? '―')
                ) : (
                  <Link href={`/years/${data.year}/dashboard?dept=${d.departmentId}`} className="text-brand-700 hover:underline">
                    {t('priorities.open', { department: d.departmentName ?? '―' })}
                  </Link>
                )}
              </th>
              <td className={cell}>{d.total}</td>
              {STATUSES.map((s) => (
                <td key={s} className={cell}>
                  {d[s]}
                </td>
              ))}
              <td className={cell}>{d.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const STATUSES = ['ahead', 'on_track', 'behind'] as const;
