'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useEffect, useRef, useState, useTransition } from 'react';
import { saveIndicatorActuals } from '@/lib/actions/actuals';
import { FISCAL_MONTHS } from '@/lib/domain/fiscal-year';
import { formatIndicatorValue } from '@/lib/domain/money';
import { asOfKey } from '@/lib/domain/progress';
import { type CellProblem, monthField, parseCell } from '@/lib/excel/actual-cells';
import { NumberField } from './number-field';
import { formatDateTime } from './time';
import { type LiveValue, type WorkspaceIndicator, workspaceFigures } from './types';

const typed = (v: number | null, i: WorkspaceIndicator) =>
  v === null ? '' : formatIndicatorValue(v, i.unit, i.scale, { precision: 'yen' });

type Outcome =
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'conflict'; name: string; time: string }
  | { kind: 'error'; message: string }
  | null;

/** One indicator: annual, prior-year and monthly actuals with plan ratio and YoY computed live. */
export function IndicatorEditor({
  indicator: i,
  fiscalYear,
  onLive,
}: {
  indicator: WorkspaceIndicator;
  fiscalYear?: number;
  onLive: (id: number, v: LiveValue) => void;
}) {
  const t = useTranslations('actuals');
  const tf = useTranslations('figures');
  // The months stay the loaded numbers (null) until one is typed in: the page does not format
  // and parse again twelve closed fields per indicator on every render.
  const [texts, setTexts] = useState<{ actual: string; prior: string; monthly: string[] | null }>(() => ({
    actual: typed(i.actualValue, i),
    prior: typed(i.priorActualValue, i),
    monthly: null,
  }));
  const [version, setVersion] = useState(i.version);
  const [serverProblems, setServerProblems] = useState<CellProblem[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();
  // The twelve month fields are made when the months are first opened, not with the page: a
  // section with 24 indicators otherwise sent (and rendered) 288 closed fields.
  const [monthsOpened, setMonthsOpened] = useState(false);
  const monthsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // Opened before the page hydrated: no toggle event reached React.
    if (monthsRef.current?.open) setMonthsOpened(true);
  }, []);

  const parse = (text: string) => parseCell(text, i);
  const actual = parse(texts.actual);
  const prior = parse(texts.prior);
  const monthly = texts.monthly?.map(parse) ?? null;
  const monthTexts = () => texts.monthly ?? i.monthly.map((m) => typed(m, i));
  const monthValues = monthly ? monthly.map((m) => (m.ok ? m.value : null)) : i.monthly;
  const errorOf = (field: string, r: ReturnType<typeof parse>) =>
    !r.ok ? r.code : (serverProblems.find((p) => p.field === field)?.code ?? null);
  const value = (r: ReturnType<typeof parse>) => (r.ok ? r.value : null);

  const update = (next: typeof texts) => {
    setTexts(next);
    setServerProblems([]);
    setOutcome(null);
    const a = parse(next.actual);
    const p = parse(next.prior);
    const months = next.monthly
      ? next.monthly.map((m, k) => {
          const r = parse(m);
          return r.ok ? r.value : (i.monthly[k] ?? null);
        })
      : i.monthly;
    onLive(i.id, { actual: a.ok ? a.value : i.actualValue, prior: p.ok ? p.value : i.priorActualValue, monthly: months });
  };

  const save = () => {
    if (!actual.ok || !prior.ok || monthly?.some((m) => !m.ok)) return setOutcome({ kind: 'invalid' });
    start(async () => {
      const r = await saveIndicatorActuals({ indicatorId: i.id, fiscalYear, baseVersion: version, ...texts, monthly: monthTexts() });
      if (r.ok) {
        setVersion(r.data.version);
        setOutcome({ kind: 'saved' });
      } else if (r.error === 'invalid' && (r.detail as { problems?: CellProblem[] })?.problems) {
        setServerProblems((r.detail as { problems: CellProblem[] }).problems);
        setOutcome({ kind: 'invalid' });
      } else if (r.error === 'conflict') {
        const theirs = (r.detail as { theirs?: { updatedBy: string | null; updatedAt: string } | null })?.theirs;
        setOutcome({ kind: 'conflict', name: theirs?.updatedBy ?? '', time: theirs ? formatDateTime(theirs.updatedAt) : '' });
      } else setOutcome({ kind: 'error', message: r.message });
    });
  };

  const fig = workspaceFigures(i, { actual: value(actual), prior: value(prior), monthly: monthValues });
  const planRatio = fig.text.planRatio;
  const yoy = fig.toDate ? fig.text.samePeriodYoy : fig.text.yoy;
  const base = `ind-${i.id}`;
  return (
    <fieldset className="rounded border border-slate-200 bg-white p-3" data-testid="indicator-editor" aria-describedby={`${base}-meta`}>
      <legend className="px-1 font-medium">{i.name}</legend>
      <p id={`${base}-meta`} className="text-xs text-slate-600">
        {t('plan')}: {formatIndicatorValue(i.planValue, i.unit, i.scale, { precision: i.yenPrecision })}
        {i.direction === 'lower' && <span className="ml-2">（{t('lowerIsBetter')}）</span>}
        {i.updatedBy && i.updatedAt && (
          <span className="ml-2">{t('lastSaved', { name: i.updatedBy, time: formatDateTime(i.updatedAt) })}</span>
        )}
      </p>
      {/* Bottom-aligned: the ratios sit level with the fields' values under labels that may wrap (English). */}
      <div className="mt-2 grid grid-cols-2 items-end gap-2 sm:grid-cols-4">
        <NumberField
          id={`${base}-actual`}
          label={t('actual')}
          value={texts.actual}
          error={errorOf('actual', actual)}
          onChange={(v) => update({ ...texts, actual: v })}
        />
        <NumberField
          id={`${base}-prior`}
          label={t('prior')}
          value={texts.prior}
          error={errorOf('prior', prior)}
          onChange={(v) => update({ ...texts, prior: v })}
        />
        <div className="text-sm">
          <span className="block font-medium">{t('planRatio')}</span>
          <output htmlFor={`${base}-actual`} className="block py-1.5 text-right tabular-nums" data-testid="plan-ratio">
            {planRatio}
          </output>
        </div>
        <div className="text-sm">
          <span className="block font-medium">{fig.toDate ? tf('samePeriodYoy') : t('yoy')}</span>
          <output htmlFor={`${base}-actual ${base}-prior`} className="block py-1.5 text-right tabular-nums" data-testid="yoy-ratio">
            {yoy}
          </output>
        </div>
      </div>
      {fig.source === 'months' && (
        <p className="mt-2 text-sm text-slate-700" data-testid="derived-actual">
          {tf('derived')}: {fig.asOfMonth !== null && `${tf(asOfKey(i.aggregation), { month: fig.asOfMonth })} `}
          <span className="font-semibold tabular-nums">{fig.text.actual}</span>
        </p>
      )}
      {fig.source === 'entered' && monthValues.some((m) => m !== null) && <p className="mt-2 text-xs text-slate-600">{tf('entered')}</p>}
      {i.derivedMonthly && (
        <p className="mt-2 text-xs text-slate-600" data-testid="ratio-derived">
          {tf('ratioDerived')}
        </p>
      )}
      <details
        ref={monthsRef}
        className="mt-2"
        hidden={Boolean(i.derivedMonthly)}
        onToggle={(e) => e.currentTarget.open && setMonthsOpened(true)}
      >
        <summary className="cursor-pointer text-sm text-brand-700">{t('monthly')}</summary>
        {monthsOpened && (
          <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6">
            {monthTexts().map((text, k) => (
              <NumberField
                key={FISCAL_MONTHS[k]}
                compact
                id={`${base}-m${FISCAL_MONTHS[k]}`}
                label={t('month', { month: FISCAL_MONTHS[k]! })}
                value={text}
                error={errorOf(monthField(k), monthly?.[k] ?? { ok: true, value: null })}
                onChange={(v) => update({ ...texts, monthly: monthTexts().map((x, j) => (j === k ? v : x)) })}
              />
            ))}
          </div>
        )}
      </details>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={save}
          disabled={pending}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t('saving') : t('save')}
        </button>
        <span className="text-xs text-slate-600">{t('hint')}</span>
        <p
          role="status"
          className={`text-sm ${outcome?.kind === 'saved' ? 'text-emerald-800' : 'text-red-800'}`}
          data-testid="actuals-status"
        >
          {outcome?.kind === 'saved' && t('saved')}
          {outcome?.kind === 'invalid' && t('invalid')}
          {outcome?.kind === 'conflict' && t('conflict', { name: outcome.name, time: outcome.time })}
          {outcome?.kind === 'conflict' && (
            <button
              type="button"
              onClick={() => window.location.reload()}
              className="ml-2 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-800 hover:bg-slate-100"
            >
              {t('reload')}
            </button>
          )}
          {outcome?.kind === 'error' && outcome.message}
        </p>
      </div>
    </fieldset>
  );
}
