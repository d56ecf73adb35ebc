import { getTranslations } from 'next-intl/server';
import type { YearCheck } from '@/lib/report/narrative-check';

/** What the publish gate will say: the narrative figures that contradict the data, if any. */
export async function ConsistencyGate({ check }: { check: YearCheck }) {
  const t = await getTranslations('publishGate');
  const n = check.contradictions.length;
  return (
    <section
      aria-labelledby="consistency-gate-h"
      data-testid="consistency-gate"
      className={`rounded border p-4 ${n ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
    >
      <h2 id="consistency-gate-h" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{n ? t('found', { n }) : t('clean', { checked: check.checked })}</p>
      {n > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left">
              <tr className="border-b border-amber-300">
                <th scope="col" className="py-1 pr-2">
                  {t('section')}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t('indicator')}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t('field')}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t('quoted')}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t('expected')}
                </th>
              </tr>
            </thead>
            <tbody>
              {check.contradictions.map((c, i) => (
                <tr key={i} className="border-b border-amber-200" data-testid="contradiction">
                  <td className="py-1 pr-2">{c.sectionTitle}</td>
                  <td className="py-1 pr-2">{c.indicatorName}</td>
                  <td className="py-1 pr-2">{t(`fields.${c.field}`)}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{c.quoted}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{c.expected}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
