import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { DeleteNoteButton, NoteForm } from '@/components/dashboard/note-form';
import { MonthlyTable } from '@/components/dashboard/monthly-table';
import { Badge } from '@/components/ui/badge';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { ProgressPanel } from '@/components/dashboard/progress-panel';
import { StatusMark } from '@/components/dashboard/status-mark';
import { loadIndicatorDetail } from '@/db/queries/dashboard';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';
import { fiscalSeries, formatFigure, numberNotes } from '@/lib/domain/progress';
import { figuresByMonth, indicatorFigures, monthGrid } from '@/lib/domain/figures';
import { loadYear, visibleRecords } from '@/lib/year';
import { Card } from '@/components/ui/card';

/** One indicator: the year's figures, monthly chart and table, the narrative quoting it, its history and notes. */
export default async function IndicatorPage({ params }: { params: Promise<{ year: string; code: string }> }) {
  const { year: yearParam, code } = await params;
  const { user, plan, year, db } = await loadYear(yearParam);
  if (!can(user, 'dashboard.read')) notFound();
  const detail = loadIndicatorDetail(db, { organisationId: user.organisationId, planId: plan.id, year, code: decodeURIComponent(code) });
  if (!detail) notFound();
  const [t, tf, locale] = await Promise.all([getTranslations('dashboard'), getTranslations('figures'), getLocale()]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const { indicator: ind, displayUnit } = detail;
  const fmt = (v: number | null) => formatFigure(v, ind, displayUnit);
  const { fig } = detail;
  // Other years only as far as the user may read them (the committee: in review or published).
  const history = detail.history.filter(visibleRecords(db, user).shows);
  const figs = figuresByMonth(ind, { plan: ind.planValue, actual: null, prior: null, months: monthGrid(detail.monthly) }, displayUnit);
  // Other years as recorded; this year as the cards show it (to date while it is open).
  const historyFig = (h: { fiscalYear: number; plan: number | null; actual: number | null; planKind: string }) =>
    h.fiscalYear === year && h.planKind === 'annual'
      ? fig
      : indicatorFigures(ind, { plan: h.plan, actual: h.actual, prior: null }, displayUnit);
  const yearNotes = detail.notes.filter((n) => n.fiscalYear === year);
  const numbered = numberNotes(yearNotes);
  const series = fiscalSeries(detail.monthly, ind.aggregation, ind.planValue);
  const mayNote = can(user, 'note.write', { departmentId: ind.departmentId, phase: plan.phase });
  const showNarrative =
    ind.narrative && can(user, 'assessment.read', { status: ind.narrativeStatus ?? undefined, departmentId: ind.departmentId });
  const title = ind.name;
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/years/${year}/dashboard`} className="text-sm text-brand-700 hover:underline">
          ← {t('detail.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-slate-700">
          {/* An indicator outside any section has no department nor section to name. */}
          {[formatFiscalYear(year, lang), ind.departmentName, ind.sectionTitle, `${t('detail.direction')}: ${t(`detail.${ind.direction}`)}`]
            .filter(Boolean)
            .join('・')}
        </p>
        <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="indicator-summary">
          <div>
            <dt className="text-slate-600">{t('actual')}</dt>
            <dd className="text-xl font-bold tabular-nums">
              {fig.actual === null ? t('noActual') : fig.text.actual}
              {fig.asOfMonth !== null && <span className="ml-1 text-sm font-normal">{tf('asOf', { month: fig.asOfMonth })}</span>}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('plan')}</dt>
            <dd className="text-xl tabular-nums">{fmt(ind.planValue)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t('planRatio')}</dt>
            <dd className="text-xl tabular-nums">
              {fig.text.planRatio} <StatusMark status={fig.status} />
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{fig.toDate ? tf('samePeriodYoy') : t('yoy')}</dt>
            <dd className="text-xl tabular-nums">{fig.toDate ? fig.text.samePeriodYoy : fig.text.yoy}</dd>
          </div>
        </dl>
      </header>

      {ind.aggregation !== 'annual' && (
        <>
          <ProgressPanel
            indicator={ind}
            title={title}
            rows={detail.monthly}
            notes={yearNotes}
            displayUnit={displayUnit}
            headingLevel={2}
            showToggle={false}
          />
          <section aria-labelledby="monthly-table-h" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="monthly-table-h" className="mb-2 font-semibold">
              {t('detail.monthlyTable')}
            </h2>
            <MonthlyTable
              indicator={ind}
              series={series}
              figs={figs}
              notes={numbered}
              displayUnit={displayUnit}
              caption={t('detail.monthlyTable')}
            />
          </section>
        </>
      )}

      <section aria-labelledby="notes-h" className="space-y-3">
        <h2 id="notes-h" className="text-lg font-semibold">
          {t('notes.title')}
        </h2>
        {numbered.length === 0 ? (
          <p className="text-sm text-slate-700">{t('notes.none')}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="note-list">
            {numbered.map((n) => (
              <li key={n.id} className="flex flex-wrap items-baseline gap-2">
                <Badge tone="warning">{t('notes.marker', { n: n.n })}</Badge>
                <span className="font-medium">{n.month === null ? t('notes.year') : t('monthly.monthLabel', { month: n.month })}</span>
                <span>{n.text}</span>
                <span className="text-xs text-slate-600">{t('notes.by', { name: n.authorName, date: n.createdAt.slice(0, 10) })}</span>
                {mayNote && (user.role === 'admin' || n.authorId === user.id) && <DeleteNoteButton noteId={n.id} />}
              </li>
            ))}
          </ul>
        )}
        {mayNote && <NoteForm indicatorId={ind.id} fiscalYear={year} />}
      </section>

      <Card id="narrative" title={t('detail.narrative')}>
        {showNarrative ? (
          <div className="space-y-2 whitespace-pre-line text-sm leading-relaxed" data-testid="indicator-narrative">
            <p className="text-xs text-slate-600">
              <Link href={`/years/${year}/sections/${ind.sectionId}`} className="ui-link">
                {ind.sectionTitle}
              </Link>
            </p>
            {ind.narrative}
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t('detail.noNarrative')}</p>
        )}
      </Card>

      <section aria-labelledby="history-h">
        <Table data-testid="indicator-history">
          <caption id="history-h" className="px-3 py-2 text-left font-semibold">
            {t('detail.history')}
          </caption>
          <THead>
            <tr>
              <TH>{t('detail.fiscalYear')}</TH>
              <TH>{t('detail.planKind')}</TH>
              <TH numeric>{t('plan')}</TH>
              <TH numeric>{t('actual')}</TH>
              <TH numeric>{t('planRatio')}</TH>
            </tr>
          </THead>
          <tbody>
            {history.map((h) => (
              <TR key={`${h.planId}-${h.fiscalYear}`} className={h.fiscalYear === year ? 'bg-brand-50' : undefined}>
                <TH scope="row" className="font-medium">
                  {h.planKind === 'annual' ? (
                    <Link href={`/years/${h.fiscalYear}/dashboard/indicators/${code}`} className="ui-link">
                      {formatFiscalYear(h.fiscalYear, lang)}
                    </Link>
                  ) : (
                    formatFiscalYear(h.fiscalYear, lang)
                  )}
                </TH>
                <TD>{t(`detail.${h.planKind}`)}</TD>
                <TD numeric>{fmt(h.plan)}</TD>
                <TD numeric>{historyFig(h).text.actual}</TD>
                <TD numeric>{historyFig(h).text.planRatio}</TD>
              </TR>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}
