'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { Badge } from '@/components/ui/badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useHydrated } from '@/components/ui/use-hydrated';
import { deleteOpinion, finalizeOpinion, saveOpinion } from '@/lib/actions/opinions';

export type EditorItem = { id: number; sectionId: number | null; text: string; status: 'draft' | 'final'; version: number };
export type EditorTarget = { id: number | null; label: string };

type Props = { planId: number; departmentId: number; targets: EditorTarget[]; items: EditorItem[]; writable: boolean };

const AUTOSAVE_MS = 1200;

export function OpinionEditor({ planId, departmentId, targets, items, writable }: Props) {
  const t = useTranslations('opinionEditor');
  const router = useRouter();
  const hydrated = useHydrated();
  const [text, setText] = useState('');
  const [target, setTarget] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const targetLabel = (id: number | null) => targets.find((x) => x.id === id)?.label ?? '';

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t('empty'));
    setError(null);
    start(async () => {
      const r = await saveOpinion({ planId, departmentId, sectionId: target ? Number(target) : null, text });
      if (!r.ok) return setError(r.message);
      setText('');
      router.refresh();
    });
  };

  return (
    <section aria-labelledby="my-opinions-h" className="space-y-4 rounded border border-brand-100 bg-white p-4" data-plan-id={planId}>
      <h2 id="my-opinions-h" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('help')}</p>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t('none')}</p>
      ) : (
        <ol className="space-y-3" aria-label={t('title')}>
          {items.map((item, i) => (
            <li key={item.id}>
              <OpinionItem
                item={item}
                index={i + 1}
                planId={planId}
                departmentId={departmentId}
                targetLabel={targetLabel(item.sectionId)}
                writable={writable}
              />
            </li>
          ))}
        </ol>
      )}
      {writable ? (
        <form onSubmit={add} className="space-y-2 border-t border-slate-100 pt-3" aria-label={t('newItem')}>
          <h3 className="font-medium">{t('newItem')}</h3>
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor="new-target" className="text-sm text-slate-700">
              {t('target')}
            </label>
            <select
              id="new-target"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              className="max-w-full rounded border border-slate-300 px-2 py-1 text-sm"
            >
              {targets.map((x) => (
                <option key={x.id ?? 'dept'} value={x.id ?? ''}>
                  {x.label}
                </option>
              ))}
            </select>
          </div>
          <label htmlFor="new-opinion" className="block text-sm text-slate-700">
            {t('text')}
          </label>
          <textarea
            id="new-opinion"
            value={text}
            readOnly={!hydrated}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            className="w-full rounded border border-slate-300 px-3 py-2 leading-7"
          />
          {error && (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          )}
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            {t('add')}
          </button>
        </form>
      ) : (
        <p className="text-sm text-slate-600">{t('readOnly')}</p>
      )}
    </section>
  );
}

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';

function OpinionItem({
  item,
  index,
  planId,
  departmentId,
  targetLabel,
  writable,
}: {
  item: EditorItem;
  index: number;
  planId: number;
  departmentId: number;
  targetLabel: string;
  writable: boolean;
}) {
  const t = useTranslations('opinionEditor');
  const router = useRouter();
  const hydrated = useHydrated();
  const [text, setText] = useState(item.text);
  const [version, setVersion] = useState(item.version);
  const [state, setState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ text, version });
  latest.current = { text, version };
  const dirty = useRef(false);
  const editable = writable && item.status === 'draft';
  // Deleting a draft cannot be undone: asked inline first.
  const [asking, setAsking] = useState(false);
  const tc = useTranslations('confirmDialog');

  /** Saves now if anything is unsaved; returns the version to act on, or null on failure. */
  const flush = useCallback(async (): Promise<number | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { text: body, version: v } = latest.current;
    if (!dirty.current) return v;
    dirty.current = false;
    setState('saving');
    const r = await saveOpinion({ planId, departmentId, sectionId: item.sectionId, id: item.id, version: v, text: body });
    if (!r.ok) {
      dirty.current = true;
      setState(r.error === 'conflict' ? 'conflict' : 'error');
      setMessage(r.error === 'conflict' ? t('conflict') : r.message);
      return null;
    }
    setMessage(null);
    setVersion(r.data.version);
    latest.current.version = r.data.version;
    setState('saved');
    return r.data.version;
  }, [departmentId, item.id, item.sectionId, planId, t]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const onChange = (value: string) => {
    setText(value);
    dirty.current = true;
    setState('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
  };

  const finalize = async () => {
    if (!window.confirm(t('confirmFinalize'))) return;
    const v = await flush();
    if (v === null) return;
    const r = await finalizeOpinion({ id: item.id, version: v });
    if (!r.ok) {
      setState(r.error === 'conflict' ? 'conflict' : 'error');
      return setMessage(r.error === 'conflict' ? t('conflict') : r.message);
    }
    router.refresh();
  };

  const remove = async () => {
    setAsking(false);
    if (timer.current) clearTimeout(timer.current);
    const r = await deleteOpinion({ id: item.id, version: latest.current.version });
    if (!r.ok) {
      setState('error');
      return setMessage(r.error === 'conflict' ? t('conflict') : r.message);
    }
    router.refresh();
  };

  const id = `opinion-${item.id}`;
  return (
    <article
      className={`rounded border p-3 ${item.status === 'final' ? 'border-emerald-300 bg-emerald-50/40' : 'border-sky-300 bg-sky-50/40'}`}
      data-testid="my-opinion"
      data-status={item.status}
    >
      <div className="mb-1 flex flex-wrap items-center gap-2 text-xs">
        <Badge tone={item.status === 'final' ? 'success' : 'info'}>{item.status === 'final' ? t('final') : t('draft')}</Badge>
        <span className="text-slate-600">
          {t('target')}: {targetLabel}
        </span>
        <span role="status" aria-live="polite" className="ml-auto text-slate-600">
          {state === 'saving' ? t('saving') : state === 'saved' ? t('saved') : state === 'dirty' ? t('unsaved') : ''}
        </span>
      </div>
      {editable ? (
        <>
          <label htmlFor={id} className="sr-only">{`${t('text')} ${index}`}</label>
          <textarea
            id={id}
            value={text}
            readOnly={!hydrated}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => void flush()}
            rows={4}
            className="w-full rounded border border-slate-300 bg-white px-3 py-2 leading-7"
          />
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => void finalize()}
              className="rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800"
            >
              {t('finalize')}
            </button>
            <button
              type="button"
              onClick={() => setAsking(true)}
              className="rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
            >
              {t('delete')}
            </button>
          </div>
          {asking && (
            <div className="mt-2">
              <ConfirmDialog
                id={`${id}-delete`}
                title={tc('deleteOpinionTitle')}
                description={t('confirmDelete')}
                confirmLabel={tc('deleteOpinion')}
                cancelLabel={tc('cancel')}
                onConfirm={() => void remove()}
                onCancel={() => setAsking(false)}
              />
            </div>
          )}
        </>
      ) : (
        <p className="pl-4 -indent-4 leading-7">・{text}</p>
      )}
      {message && (
        <div role="alert" className="mt-2 flex flex-wrap items-center gap-2 text-sm text-red-700">
          {message}
          {state === 'conflict' && (
            <button
              type="button"
              onClick={() => window.location.reload()}
              className="rounded border border-red-300 px-2 py-0.5 text-red-800"
            >
              {t('reload')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
