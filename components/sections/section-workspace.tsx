'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useMemo, useState, useTransition } from 'react';
import type { RatingGrade } from '@/db/schema/plan';
import { restoreRevision } from '@/lib/actions/assessments';
import { reviewNarrative } from '@/lib/domain/consistency';
import { ConflictPanel, MergeView } from './conflict-panel';
import { ConsistencyPanel } from './consistency-panel';
import { HistoryPanel } from './history-panel';
import { IndicatorEditor } from './indicator-editor';
import { IndicatorTable } from './indicator-table';
import { useHydrated } from '@/components/ui/use-hydrated';
import { NarrativeEditor } from './narrative-editor';
import { RatingPicker } from './rating-picker';
import { ReportPreview } from './report-preview';
import type { FigureSentenceTemplates } from '@/lib/domain/figure-sentence';
import type { TokenValues } from '@/lib/domain/tokens';
import { FigureSentences } from './figure-sentences';
import { TokenList } from './token-list';
import { oncePer } from '@/lib/once-per';
import { keptFromWireText, type WireText } from '@/lib/wire-text';
import {
  checkableIndicator,
  fromWireIndicator,
  type LiveValues,
  type Revision,
  type WireIndicator,
  type WorkspaceIndicator,
} from './types';
import { useAutosave } from './use-autosave';
import { useUnsavedGuard } from './use-unsaved-guard';
import { WorkflowBar } from './workflow-bar';

export type WorkspaceProps = {
  section: { id: number; number: string; title: string };
  assessment: { version: number; narrative: string; rating: string | null };
  /** As sent (components/sections/types.ts): each field at its default left out. */
  indicators: WireText<WireIndicator[]>;
  ratingScale: RatingGrade[] | null;
  revisions: Revision[];
  can: { edit: boolean; submit: boolean; review: boolean; actuals: boolean };
  /** The fiscal year the figures are entered for (one of a mid-term plan's three). */
  fiscalYear?: number;
  /** The organisation's wording of figure sentences. */
  sentences: FigureSentenceTemplates;
  /** What {{organisation}}, {{committee}} … stand for, shown resolved in the preview and listed by the editor. */
  tokens: TokenValues | null;
};

/**
 * A section's indicators as the page works with them, once per indicator text: the server renders
 * an unchanged page again from the same objects, and each one's figures (workspaceFigures) with them.
 */
const settledIndicators = oncePer((sent: readonly WireIndicator[]): readonly WorkspaceIndicator[] =>
  Object.freeze(sent.map((w) => Object.freeze(fromWireIndicator(w)))),
);

/** The section page's two sides: the report as it will read, and the form that feeds it. */
export function SectionWorkspace(p: WorkspaceProps) {
  const t = useTranslations('sectionPage');
  const tn = useTranslations('narrativeEditor');
  const th = useTranslations('history');
  const doc = useAutosave({
    sectionId: p.section.id,
    version: p.assessment.version,
    content: { narrative: p.assessment.narrative, rating: p.assessment.rating },
  });
  const hydrated = useHydrated();
  const [live, setLive] = useState<LiveValues>({});
  const [restoreMessage, setRestoreMessage] = useState<string | null>(null);
  const [restoring, startRestore] = useTransition();
  useUnsavedGuard(doc.dirty, tn('leaveConfirm'));

  const indicators = useMemo(() => settledIndicators(keptFromWireText(p.indicators)), [p.indicators]);
  const checkable = useMemo(() => indicators.map((i) => checkableIndicator(i, live[i.id])), [indicators, live]);
  const review = useMemo(() => reviewNarrative(doc.content.narrative, checkable), [doc.content.narrative, checkable]);

  // The first HTML carries the first screen (the report as it will read, the text, the figures'
  // sentences); the history and the indicators' own tables below them are made in the browser
  // from the page's data once it is live (their editors could not be typed into before anyway).
  const pending = <p className="text-sm text-slate-600">{t('pending')}</p>;

  const restore = (version: number) =>
    startRestore(async () => {
      if (!window.confirm(th('restoreConfirm', { version }))) return;
      const r = await restoreRevision({ sectionId: p.section.id, baseVersion: doc.version(), fromVersion: version });
      if (r.ok) {
        doc.reset({ narrative: r.data.narrative, rating: r.data.rating }, r.data.version, r.data.updatedAt);
        setRestoreMessage(th('restored', { version }));
      } else setRestoreMessage(r.message);
    });

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="preview-h" className="order-2 min-w-0 lg:order-1">
        <div className="rounded border border-slate-200 bg-white p-4 lg:sticky lg:top-4">
          <h2 id="preview-h" className="text-sm font-medium text-slate-600">
            {t('preview')}
          </h2>
          <p className="mb-3 text-xs text-slate-600">{t(p.can.edit || p.can.actuals ? 'previewNoteLive' : 'previewNote')}</p>
          <ReportPreview
            number={p.section.number}
            title={p.section.title}
            narrative={doc.content.narrative}
            indicators={indicators}
            live={live}
            checks={review.checks}
            tokens={p.tokens}
          />
        </div>
      </section>
      <section aria-labelledby="form-h" className="order-1 min-w-0 space-y-4 lg:order-2">
        <h2 id="form-h" className="sr-only">
          {t('form')}
        </h2>
        {doc.state.kind === 'conflict' && (
          <ConflictPanel
            theirs={doc.state.theirs}
            mine={doc.content.narrative}
            onTheirs={() => doc.state.kind === 'conflict' && doc.resolve.keepTheirs(doc.state.theirs)}
            onMine={() => doc.state.kind === 'conflict' && doc.resolve.keepMine(doc.state.theirs)}
            onMerge={() => doc.state.kind === 'conflict' && doc.resolve.merge(doc.state.theirs)}
          />
        )}
        <NarrativeEditor
          value={doc.content.narrative}
          onChange={(narrative) => doc.change({ narrative })}
          state={doc.state}
          onSave={() => void doc.save()}
          readOnly={!p.can.edit || !hydrated}
          editable={p.can.edit}
        />
        {p.tokens && <TokenList tokens={p.tokens} />}
        {doc.merging && <MergeView theirs={doc.merging} onClose={doc.resolve.closeMerge} />}
        <ConsistencyPanel review={review} />
        <FigureSentences
          indicators={indicators}
          live={live}
          templates={p.sentences}
          readOnly={!p.can.edit || !hydrated}
          editable={p.can.edit}
          onInsert={(sentence) => {
            const text = doc.content.narrative.trimEnd();
            doc.change({ narrative: text ? `${text}\n\n${sentence}` : sentence });
          }}
        />
        {p.ratingScale && p.ratingScale.length > 0 && (
          <RatingPicker
            scale={p.ratingScale}
            value={doc.content.rating}
            onChange={(rating) => doc.change({ rating })}
            readOnly={!p.can.edit || !hydrated}
          />
        )}
        <WorkflowBar
          sectionId={p.section.id}
          canSubmit={p.can.submit}
          canReview={p.can.review}
          version={doc.version}
          flush={doc.save}
          empty={!doc.content.narrative.trim()}
        />
        <section aria-labelledby="history-h" className="space-y-2">
          <h2 id="history-h" className="text-lg font-semibold">
            {th('title')}
          </h2>
          <p role="status" className="text-sm text-emerald-800">
            {restoreMessage}
          </p>
          {hydrated ? (
            <HistoryPanel
              sectionId={p.section.id}
              revisions={p.revisions}
              canRestore={p.can.edit}
              currentVersion={doc.version()}
              onRestore={restore}
              busy={restoring}
            />
          ) : (
            pending
          )}
        </section>
        {indicators.length > 0 && (
          <section aria-labelledby="indicators-h" className="space-y-3">
            <h2 id="indicators-h" className="text-lg font-semibold">
              {t('indicators')}
            </h2>
            {!hydrated ? (
              pending
            ) : p.can.actuals ? (
              indicators.map((i) => (
                <IndicatorEditor
                  key={i.id}
                  indicator={i}
                  fiscalYear={p.fiscalYear}
                  onLive={(id, v) => setLive((l) => ({ ...l, [id]: v }))}
                />
              ))
            ) : (
              <IndicatorTable indicators={indicators} />
            )}
          </section>
        )}
      </section>
    </div>
  );
}
