'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { type FigureSentenceTemplates, figureSentence } from '@/lib/domain/figure-sentence';
import { type LiveValues, type WorkspaceIndicator, workspaceFigures } from './types';

/** 「保証承諾（金額）」 → 「保証承諾」: a pair's sentence names the pair. */
const baseName = (name: string) => name.replace(/（[^（）]*）$/, '');

/**
 * Sentences built from the section's figures, each with a button that puts it at the end of
 * the narrative as plain text (staff then edit it like any other sentence). Where the text
 * cannot be edited the sentences are shown without the buttons and the note about them.
 */
export function FigureSentences(props: {
  indicators: readonly WorkspaceIndicator[];
  live: LiveValues;
  templates: FigureSentenceTemplates;
  /** No insert buttons now (not editable, or not hydrated yet). */
  readOnly: boolean;
  /** The user may edit the text at all: the note on inserting is shown only then. */
  editable: boolean;
  onInsert: (sentence: string) => void;
}) {
  const t = useTranslations('figures');
  const rows = props.indicators
    .filter((i) => i.measure !== 'count')
    .map((i) => {
      const fig = workspaceFigures(i, props.live[i.id]);
      const countOf = i.pairKey ? props.indicators.find((c) => c.pairKey === i.pairKey && c.measure === 'count') : undefined;
      const count = countOf ? workspaceFigures(countOf, props.live[countOf.id]) : null;
      const name = i.pairKey ? baseName(i.name) : i.name;
      return { id: i.id, fig, sentence: figureSentence(props.templates, { name, fig, count }) };
    })
    .filter((r) => r.fig.actual !== null);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="sentences-h" className="rounded border border-slate-200 bg-white p-3" data-testid="figure-sentences">
      <h2 id="sentences-h" className="font-semibold">
        {t('sentencesTitle')}
      </h2>
      {props.editable && <p className="text-xs text-slate-600">{t('sentencesNote')}</p>}
      <ul className="mt-2 space-y-2">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 text-sm">
            <span className="min-w-0 flex-1">{r.sentence}</span>
            {!props.readOnly && (
              <button
                type="button"
                className="shrink-0 whitespace-nowrap rounded border border-brand-600 px-2 py-1 text-xs text-brand-700 hover:bg-brand-50"
                onClick={() => props.onInsert(r.sentence)}
              >
                {t('insertSentence')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
