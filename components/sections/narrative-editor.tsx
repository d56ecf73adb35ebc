'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { SaveStatus } from './save-status';
import type { SaveState } from './use-autosave';

/** The narrative: plain text with paragraphs, a character count and the save state. */
export function NarrativeEditor({
  value,
  onChange,
  state,
  onSave,
  readOnly,
  editable,
}: {
  value: string;
  onChange: (v: string) => void;
  state: SaveState;
  onSave: () => void;
  /** Not typed into now (not editable, or not hydrated yet). */
  readOnly: boolean;
  /** The user may edit the text at all: the help on typing and autosave is shown only then. */
  editable: boolean;
}) {
  const t = useTranslations('narrativeEditor');
  const count = [...value.replace(/\s/g, '')].length;
  return (
    <div className="space-y-1">
      <label htmlFor="narrative" className="block font-medium">
        {t('label')}
      </label>
      {editable && (
        <p id="narrative-help" className="text-xs text-slate-600">
          {t('help')}
        </p>
      )}
      <textarea
        id="narrative"
        value={value}
        readOnly={readOnly}
        aria-describedby={editable ? 'narrative-help narrative-count' : 'narrative-count'}
        onChange={(e) => onChange(e.target.value)}
        rows={14}
        className="w-full resize-y rounded border border-slate-300 bg-white p-3 leading-7 focus:border-brand-600 read-only:bg-slate-50"
      />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id="narrative-count" className="text-sm tabular-nums text-slate-600">
          {t('chars', { n: count })}
        </span>
        {!readOnly && (
          <span className="flex items-center gap-2">
            <SaveStatus state={state} onRetry={onSave} />
            {state.kind === 'dirty' && (
              <button
                type="button"
                onClick={onSave}
                className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100"
              >
                {t('saveNow')}
              </button>
            )}
          </span>
        )}
      </div>
    </div>
  );
}
