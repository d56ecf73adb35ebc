'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { formatTime } from './time';
import type { SaveState } from './use-autosave';

/** 保存中… / 保存済み HH:MM / 未保存の変更あり, announced politely. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useTranslations('narrativeEditor');
  const text =
    state.kind === 'saving'
      ? t('saving')
      : state.kind === 'saved'
        ? t('saved', { time: formatTime(state.at) })
        : state.kind === 'dirty' || state.kind === 'conflict'
          ? t('dirty')
          : state.kind === 'error'
            ? t('error', { message: state.message })
            : t('idle');
  const tone =
    state.kind === 'error'
      ? 'text-red-800'
      : state.kind === 'saved'
        ? 'text-emerald-800'
        : state.kind === 'idle'
          ? 'text-slate-600'
          : 'text-amber-900';
  return (
    <span className="flex items-center gap-2">
      <span role="status" data-testid="save-status" className={`text-sm ${tone}`}>
        {text}
      </span>
      {state.kind === 'error' && (
        <button type="button" onClick={onRetry} className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs hover:bg-slate-100">
          {t('retry')}
        </button>
      )}
    </span>
  );
}
