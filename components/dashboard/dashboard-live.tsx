'use client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from 'next-intl';
import { useTranslations } from '@/lib/i18n/use-translations';
import { BACKGROUND_HEADER } from '@/lib/auth/config';
import { dashboardUrl, queryKeys } from '@/lib/query-keys';
import type { Role } from '@/lib/domain/types';
import { coreKpis, KpiCards } from './kpi-cards';
import { Priorities } from './priorities';
import { ProgressPanel } from './progress-panel';
import { type DashboardWire, fromWire } from '@/lib/dashboard/wire';
import { fromWireText, type WireText } from '@/lib/wire-text';
import { useHydrated } from '@/components/ui/use-hydrated';
import { Workflow } from './workflow';
import { YoyTables } from './yoy-tables';

/** The time of the last refresh, in Japan time; one formatter per locale (building one costs more than a row). */
const clocks = new Map<string, Intl.DateTimeFormat>();
function clockTime(iso: string, locale: string): string {
  let clock = clocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Tokyo' });
    clocks.set(locale, clock);
  }
  return clock.format(new Date(iso));
}

/** Past this many listed indicators the detail sections start folded (the demo lists about 45). */
const LARGE_INDICATORS = 80;

class FetchError extends Error {
  constructor(readonly reason: 'unauthenticated' | 'forbidden' | 'network' | 'unknown') {
    super(reason);
  }
}

async function fetchDashboard(year: number, departmentId: number | null): Promise<DashboardWire> {
  let res: Response;
  try {
    // A background refresh: it must not count as the user's activity (the idle timeout).
    res = await fetch(dashboardUrl(year, departmentId), {
      headers: { accept: 'application/json', [BACKGROUND_HEADER]: '1' },
      cache: 'no-store',
    });
  } catch {
    throw new FetchError('network');
  }
  if (res.status === 401) throw new FetchError('unauthenticated');
  if (res.status === 403) throw new FetchError('forbidden');
  if (!res.ok) throw new FetchError('unknown');
  return (await res.json()) as DashboardWire;
}

/** The year dashboard, kept fresh while it is open (refetch on focus and every minute). */
export function DashboardLive({
  initial: sent,
  role,
  deadline,
}: {
  initial: WireText<DashboardWire>;
  role: Role;
  deadline: string | null;
}) {
  const t = useTranslations('dashboard');
  const initial = useMemo(() => fromWireText(sent), [sent]);
  const locale = useLocale();
  const query = useQuery({
    queryKey: queryKeys.dashboard(initial.year, initial.departmentId),
    queryFn: () => fetchDashboard(initial.year, initial.departmentId),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.loadedAt),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
  // The display strings are made here, once per fetch, from the numbers the server sent.
  const data = useMemo(() => fromWire(query.data), [query.data]);
  const time = clockTime(data.loadedAt, locale);
  const reason = query.error instanceof FetchError ? query.error.reason : 'unknown';
  const monthlyByIndicator = (id: number) => data.monthly.filter((m) => m.indicatorId === id);
  // A large organisation: one screen of summary (cards, monthly progress), the detail folded.
  const large = data.priorityDigest !== null || data.indicators.length > LARGE_INDICATORS;
  // The first HTML carries the first screen (key figures, monthly progress); the detail tables
  // below it are made in the browser from the same data once the page is live, so their figures
  // do not go out twice, as the page's data and as markup (on the demo: 282 elements rendered by
  // the server instead of 889, 21 kB of markup instead of 46).
  const hydrated = useHydrated();
  const pending = <p className="text-sm text-slate-600">{t('live.detailPending')}</p>;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-center gap-3 text-xs text-slate-600" aria-live="polite">
        {query.isError ? (
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-red-900" data-testid="live-error">
            {t('live.error', { reason: t(`live.${reason}`), time })}{' '}
            <button type="button" className="underline" onClick={() => void query.refetch()}>
              {t('live.retry')}
            </button>
          </p>
        ) : query.isFetching ? (
          <p role="status">{t('live.refreshing')}</p>
        ) : (
          <p role="status" data-testid="live-updated">
            {t('live.updated', { time })}
          </p>
        )}
      </div>

      <section aria-labelledby="kpi-h">
        <h2 id="kpi-h" className="sr-only">
          {t('kpiTable')}
        </h2>
        <KpiCards data={data} />
      </section>

      <section aria-labelledby="monthly-h">
        <h2 id="monthly-h" className="mb-3 text-lg font-semibold">
          {t('monthly.title')}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {coreKpis(data).map((k) => (
            <ProgressPanel
              key={k.id}
              indicator={k}
              title={k.sectionTitle ?? k.name}
              rows={monthlyByIndicator(k.id)}
              notes={data.notes.filter((n) => n.indicatorId === k.id)}
              displayUnit={data.displayUnit}
            />
          ))}
        </div>
      </section>

      <Detail id="yoy-h" title={t('yoyTitle')} open={!large}>
        {hydrated ? <YoyTables data={data} /> : pending}
      </Detail>

      <Detail id="priorities-h" title={t('priorities.title')} open={!large}>
        {hydrated ? <Priorities data={data} /> : pending}
      </Detail>

      <Detail id="workflow-h" title={t('workflow.title')} open={!large}>
        {hydrated ? <Workflow data={data} role={role} deadline={deadline} /> : pending}
      </Detail>
    </div>
  );
}

/** A detail section of the dashboard that folds away (folded by default on a large organisation). */
function Detail({ id, title, open, children }: { id: string; title: string; open: boolean; children: React.ReactNode }) {
  return (
    <details open={open} className="group" aria-labelledby={id}>
      <summary className="mb-3 flex cursor-pointer list-none items-center gap-2">
        <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
          ▶
        </span>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
      </summary>
      {children}
    </details>
  );
}
