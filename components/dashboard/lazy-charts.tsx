'use client';
// Chart code (recharts) loads only when a chart is drawn, never on the server: the tables
// beside the charts carry the figures in the first HTML.
import dynamic from 'next/dynamic';
import { useTranslations } from '@/lib/i18n/use-translations';

function ChartLoading() {
  const t = useTranslations('dashboard.monthly');
  return (
    <div className="flex h-64 items-center justify-center rounded bg-slate-50 text-sm text-slate-600" role="status">
      {t('loadingChart')}
    </div>
  );
}

export const LazyProgressChart = dynamic(() => import('@/components/charts/progress-chart').then((m) => m.ProgressChart), {
  ssr: false,
  loading: ChartLoading,
});

export const LazyTrendChart = dynamic(() => import('@/components/charts/trend-chart').then((m) => m.TrendChart), {
  ssr: false,
  loading: ChartLoading,
});
