'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { Fragment } from 'react';
import type { FigureCheck } from '@/lib/domain/consistency';
import { expandTokens, type TokenValues } from '@/lib/domain/tokens';
import { useWarningText } from './consistency-panel';
import { type LiveValues, type WorkspaceIndicator, workspaceFigures } from './types';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';

function paragraphsOf(text: string) {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

/** The section as it will read in the published report; sentences with a mismatch are marked. */
export function ReportPreview(props: {
  number: string;
  title: string;
  narrative: string;
  indicators: readonly WorkspaceIndicator[];
  live: LiveValues;
  checks: FigureCheck[];
  tokens: TokenValues | null;
}) {
  const t = useTranslations('sectionPage');
  const tf = useTranslations('figures');
  const warn = useWarningText();
  const warnings = props.checks.filter((c) => !c.ok);
  // Offsets of the checks are in the text as written; each printed piece is expanded on its own.
  const x = (text: string) => (props.tokens ? expandTokens(text, props.tokens) : text);
  const rows = props.indicators.map((i) => ({ i, f: workspaceFigures(i, props.live[i.id]) }));
  const allToDate = rows.length > 0 && rows.every((r) => r.f.toDate);
  return (
    <div className="space-y-4" data-testid="report-preview">
      <h2 className="text-lg font-bold">
        {props.number && <span className="mr-2">{props.number}</span>}
        {props.title}
      </h2>
      {paragraphsOf(props.narrative).length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <div className="space-y-3 leading-8" data-testid="narrative">
          {paragraphsOf(props.narrative).map((p) => {
            const end = p.start + p.text.length;
            const mine = warnings.filter((w) => w.sentence.start >= p.start && w.sentence.start < end);
            const sentences = [...new Map(mine.map((w) => [w.sentence.start, w.sentence])).values()];
            let at = p.start;
            return (
              <p key={p.start} className="indent-4 whitespace-pre-line">
                {sentences.map((s) => {
                  const before = props.narrative.slice(at, s.start);
                  at = s.end;
                  return (
                    <Fragment key={s.start}>
                      {x(before)}
                      <mark className="rounded-sm bg-amber-100 text-inherit underline decoration-amber-600 decoration-wavy">
                        {x(s.text)}
                      </mark>
                      {mine
                        .filter((w) => w.sentence.start === s.start)
                        .map((w, i) => (
                          <span
                            key={i}
                            role="note"
                            data-testid="sentence-warning"
                            className="mx-1 inline-block rounded border border-amber-500 bg-amber-50 px-1.5 indent-0 text-xs leading-5 text-amber-950"
                          >
                            ⚠ {warn(w)}
                          </span>
                        ))}
                    </Fragment>
                  );
                })}
                {x(props.narrative.slice(at, end))}
              </p>
            );
          })}
        </div>
      )}
      {rows.length > 0 && (
        <Table frameClassName="rounded">
          <THead>
            <tr>
              <TH>{t('indicators')}</TH>
              <TH numeric>{t('previewActual')}</TH>
              <TH numeric>{t('previewPlanRatio')}</TH>
              {/* A year in progress compares with the same months of last year: said in the header when every row does, on the row otherwise. */}
              <TH numeric>{allToDate ? tf('samePeriodYoy') : t('previewYoy')}</TH>
            </tr>
          </THead>
          <tbody>
            {rows.map(({ i, f }) => (
              <TR key={i.id}>
                <TH scope="row">{i.name}</TH>
                <TD numeric>
                  {f.text.actual}
                  {f.asOfMonth !== null && <span className="ui-sub">{tf('asOf', { month: f.asOfMonth })}</span>}
                </TD>
                <TD numeric>{f.text.planRatio}</TD>
                <TD numeric>
                  {f.toDate ? f.text.samePeriodYoy : f.text.yoy}
                  {f.toDate && !allToDate && <span className="ui-sub">{tf('samePeriodYoy')}</span>}
                </TD>
              </TR>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
