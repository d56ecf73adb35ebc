'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRef, useState, useTransition } from 'react';
import { importActuals } from '@/lib/actions/actuals';
import { type CellProblem, workbookHeader as header } from '@/lib/excel/actual-cells';
import { Card } from '@/components/ui/card';

type PriorChange = { row: number; code: string; before: number | null; after: number | null };
type Rows = Parameters<typeof importActuals>[0]['rows'];
type Outcome =
  | { kind: 'saved'; n: number }
  | { kind: 'problems'; problems: CellProblem[] }
  | { kind: 'error'; message: string }
  /** The file changes 前年度実績 of a published year: shown, and saved only on confirmation. */
  | { kind: 'confirmPrior'; changes: PriorChange[]; rows: Rows }
  | null;

/** Template download, CSV export and the upload: validated row by row, saved all or nothing. */
export function ExcelPanel({ year }: { year: number }) {
  const t = useTranslations('excel');
  const tp = useTranslations('parseErrors');
  const tx = useTranslations('excelPrior');
  const file = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();

  const upload = () =>
    start(async () => {
      const f = file.current?.files?.[0];
      if (!f) return setOutcome({ kind: 'error', message: t('noFile') });
      const body = new FormData();
      body.set('file', f);
      const res = await fetch(`/api/years/${year}/actuals/upload`, { method: 'POST', body });
      const read = (await res.json().catch(() => null)) as { ok: boolean; code?: string; rows?: unknown[] } | null;
      if (!read?.ok || !read.rows) {
        const code = read?.code ?? 'failed';
        return setOutcome({ kind: 'error', message: t.has(`fileErrors.${code}`) ? t(`fileErrors.${code}`) : t('fileErrors.failed') });
      }
      await save(read.rows as Rows, false);
    });

  const save = async (rows: Rows, confirmPublishedPrior: boolean) => {
    const r = await importActuals({ year, rows, ...(confirmPublishedPrior ? { confirmPublishedPrior } : {}) });
    const detail = r.ok ? null : (r.detail as { reason?: string; changes?: PriorChange[] } | undefined);
    if (detail?.reason === 'publishedPrior' && detail.changes) return setOutcome({ kind: 'confirmPrior', changes: detail.changes, rows });
    if (r.ok) {
      setOutcome({ kind: 'saved', n: r.data.saved });
    } else if ((r.detail as { problems?: CellProblem[] })?.problems)
      setOutcome({ kind: 'problems', problems: (r.detail as { problems: CellProblem[] }).problems });
    else setOutcome({ kind: 'error', message: r.message });
  };
  const confirm = (rows: Rows) => start(() => save(rows, true));

  return (
    <Card id="excel" title={t('title')} className="space-y-3">
      <p className="text-sm text-slate-700">{t('help')}</p>
      <div className="flex flex-wrap gap-2 text-sm">
        <a
          href={`/api/years/${year}/actuals/template`}
          download
          className="rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
        >
          {t('template')}
        </a>
        <a
          href={`/api/years/${year}/actuals/csv`}
          download
          className="rounded border border-slate-300 px-3 py-1.5 text-slate-800 hover:bg-slate-100"
        >
          {t('csv')}
        </a>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">{t('file')}</span>
          <input
            ref={file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block max-w-full text-sm"
          />
        </label>
        <button
          type="button"
          onClick={upload}
          disabled={pending}
          className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t('uploading') : t('upload')}
        </button>
      </div>
      <div role="status" data-testid="excel-status" className="text-sm">
        {outcome?.kind === 'saved' && <p className="text-emerald-800">{t('saved', { n: outcome.n })}</p>}
        {outcome?.kind === 'error' && <p className="text-red-800">{outcome.message}</p>}
        {outcome?.kind === 'confirmPrior' && (
          <div className="rounded border border-amber-400 bg-amber-50 p-2 text-amber-950" data-testid="excel-prior">
            <p className="font-medium">{tx('title', { n: outcome.changes.length })}</p>
            <ul className="mt-1 list-disc pl-5">
              {outcome.changes.map((c) => (
                <li key={c.row}>
                  {tx('change', { row: c.row, code: c.code, before: c.before ?? tx('blank'), after: c.after ?? tx('blank') })}
                </li>
              ))}
            </ul>
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                onClick={() => confirm(outcome.rows)}
                disabled={pending}
                className="rounded bg-amber-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-800 disabled:opacity-60"
              >
                {tx('confirm')}
              </button>
              <button type="button" onClick={() => setOutcome(null)} className="rounded border border-slate-300 px-3 py-1.5 text-sm">
                {tx('cancel')}
              </button>
            </div>
          </div>
        )}
        {outcome?.kind === 'problems' && (
          <div className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
            <p className="font-medium">{t('problems', { n: outcome.problems.length })}</p>
            <ul className="mt-1 list-disc pl-5" data-testid="excel-problems">
              {outcome.problems.map((p, i) => (
                <li key={i}>
                  {t('problem', {
                    row: p.row ?? '',
                    column: p.column,
                    header: header(p.column),
                    message: tp.has(p.code) ? tp(p.code) : p.code,
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
