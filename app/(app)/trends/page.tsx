import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { TrendPanel, type TrendRow } from '@/components/dashboard/trend-panel';
import type { TrendPoint } from '@/components/charts/trend-chart';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { getDb } from '@/db/client';
import { loadTrends } from '@/db/queries/dashboard';
import { getCurrentFiscalYear, getReviewFiscalYear } from '@/db/queries/plans';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { formatFiscalYear, warekiFiscalYear } from '@/lib/domain/fiscal-year';
import { chartValue, DISPLAY_UNIT_LABEL, formatFigure } from '@/lib/domain/progress';
import { yearsFigures } from '@/lib/domain/figures-years';
import { visibleRecords } from '@/lib/year';

/** Every indicator over all fiscal years in the database: plans (annual and mid-term) and actuals. */
export default async function TrendsPage({ searchParams }: { searchParams: Promise<{ code?: string; dept?: string }> }) {
  const user = await requireUser();
  if (!can(user, 'dashboard.read')) notFound();
  const { code, dept } = await searchParams;
  const db = getDb();
  const departmentId = dept && /^\d+$/.test(dept) ? Number(dept) : null;
  const loaded = loadTrends(db, { organisationId: user.organisationId, code: code ?? null, departmentId });
  // Only what the user may read (the committee: years in review or published).
  const { shows } = visibleRecords(db, user);
  const data = {
    ...loaded,
    history: loaded.history.filter(shows),
    months: loaded.months.filter((m) => shows({ fiscalYear: m.fiscalYear })),
  };
  const [t, td, tf, locale] = await Promise.all([
    getTranslations('trends'),
    getTranslations('dashboard'),
    getTranslations('figures'),
    getLocale(),
  ]);
  const lang = locale === 'en' ? 'en' : 'ja';
  // The year people work on, or for the committee the year under review (they see no other open year).
  const current = user.role === 'committee' ? getReviewFiscalYear(db, user.organisationId) : getCurrentFiscalYear(db, user.organisationId);
  const selected = data.index.find((i) => i.code === data.code);
  const du = data.displayUnit;

  const rows: TrendRow[] = [];
  const points: TrendPoint[] = [];
  if (selected) {
    const fmt = (v: number | null) => formatFigure(v, selected, du);
    for (const { year: y, annualPlan, midtermPlan, fig } of yearsFigures(selected, data.history, data.months, du)) {
      const notes = data.notes.filter((n) => n.fiscalYear === y).map((n) => n.text);
      const toDate = fig.asOfMonth !== null ? tf('toDateMark', { month: fig.asOfMonth }) : null;
      const label = toDate ? `${formatFiscalYear(y, lang)} ${toDate}` : formatFiscalYear(y, lang);
      rows.push({
        year: y,
        label,
        actualText: fig.text.actual,
        annualPlanText: fmt(annualPlan),
        midtermPlanText: fmt(midtermPlan),
        ratioText: fig.text.planRatio,
        yoyText: fig.toDate ? `${fig.text.samePeriodYoy}（${tf('samePeriodYoy')}）` : fig.text.yoy,
        notes,
      });
      points.push({
        label: lang === 'ja' ? `${warekiFiscalYear(y)}${toDate ? '*' : ''}` : `FY${y}${toDate ? '*' : ''}`,
        actual: chartValue(fig.actual, selected.unit, selected.scale, du),
        annualPlan: chartValue(annualPlan, selected.unit, selected.scale, du),
        midtermPlan: chartValue(midtermPlan, selected.unit, selected.scale, du),
        actualText: toDate ? `${fig.text.actual}（${toDate}）` : fig.text.actual,
        annualPlanText: fmt(annualPlan),
        midtermPlanText: fmt(midtermPlan),
        notes: notes.map((_, i) => td('notes.marker', { n: i + 1 })),
      });
    }
  }

  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-6">
      <header className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          {current && (
            <Link href={`/years/${current}/dashboard`} className="text-sm text-brand-700 hover:underline">
              {t('toDashboard')}
            </Link>
          )}
        </div>
        <p className="text-sm text-slate-700">{t('intro')}</p>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="text-sm">
            <span className="block text-slate-600">{t('choose')}</span>
            <select name="code" defaultValue={data.code ?? ''} className="max-w-xs rounded border border-slate-300 bg-white px-2 py-1">
              {data.index.map((i) => (
                <option key={i.code} value={i.code}>
                  {i.name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block text-slate-600">{td('department')}</span>
            <select name="dept" defaultValue={departmentId ?? ''} className="rounded border border-slate-300 bg-white px-2 py-1">
              <option value="">{td('allDepartments')}</option>
              {data.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-brand-600 px-3 py-1 text-sm text-white hover:bg-brand-700">
            {t('show')}
          </button>
          <p className="text-xs text-slate-600">{td('unitNote', { unit: DISPLAY_UNIT_LABEL[du] })}</p>
        </form>
      </header>
      {selected ? (
        <TrendPanel title={selected.name} points={points} rows={rows} unitLabel={selected.unit === 'yen' ? DISPLAY_UNIT_LABEL[du] : ''} />
      ) : (
        <p>{t('none')}</p>
      )}
      <section aria-labelledby="index-h">
        <h2 id="index-h" className="mb-2 text-lg font-semibold">
          {t('index')}
        </h2>
        <Table data-testid="trend-index">
          <THead>
            <tr>
              <TH>{t('indicator')}</TH>
              <TH>{td('department')}</TH>
              <TH numeric>{t('years')}</TH>
            </tr>
          </THead>
          <tbody>
            {data.index.map((i) => (
              <TR key={i.code} className={i.code === data.code ? 'bg-brand-50' : undefined}>
                <TH scope="row">
                  <Link
                    href={`/trends?code=${encodeURIComponent(i.code)}${departmentId ? `&dept=${departmentId}` : ''}`}
                    aria-current={i.code === data.code ? 'true' : undefined}
                    className="ui-link"
                  >
                    {i.name}
                  </Link>
                </TH>
                <TD>{i.departmentName ?? '―'}</TD>
                <TD numeric>{i.years}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      </section>
    </main>
  );
}
