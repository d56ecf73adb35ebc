'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useHydrated } from '@/components/ui/use-hydrated';
import { generateCompilation, reorderCompilation, saveCompilation } from '@/lib/actions/compilation';
import type { OpinionsForm } from '@/lib/domain/types';
import { Empty } from '@/components/ui/empty';

const FORMS: OpinionsForm[] = ['grouped', 'bullets', 'paragraph', 'free'];

export type EditorBlock = { id: number; heading: string; body: string; version: number; sources: { opinionId: number; text: string }[] };

export function CompilationEditor({
  planId,
  form: savedForm,
  section,
  blocks,
  readOnly,
}: {
  planId: number;
  form: OpinionsForm;
  /** The heading the report prints over these opinions, as the screen names them. */
  section: string;
  blocks: EditorBlock[];
  readOnly: boolean;
}) {
  const t = useTranslations('compilation');
  const tc = useTranslations('confirmDialog');
  const router = useRouter();
  const [form, setForm] = useState<OpinionsForm>(savedForm);
  const [style, setStyle] = useState<'bullets' | 'paragraph'>('bullets');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  // Rebuilding replaces the edited text: asked inline first when there is any.
  const [asking, setAsking] = useState(false);
  const generate = () => {
    setAsking(false);
    start(async () => {
      const r = await generateCompilation({ planId, style, form });
      if (!r.ok) return setError(r.message);
      setError(null);
      router.refresh();
    });
  };
  const move = (index: number, delta: number) => {
    const ids = blocks.map((b) => b.id);
    const j = index + delta;
    if (j < 0 || j >= ids.length) return;
    [ids[index], ids[j]] = [ids[j]!, ids[index]!];
    start(async () => {
      const r = await reorderCompilation({ planId, ids });
      if (!r.ok) return setError(r.message);
      router.refresh();
    });
  };

  return (
    <div className="space-y-4" data-testid="compilation-editor" data-plan-id={planId}>
      {!readOnly && (
        <div className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3">
          <label htmlFor="compile-form" className="text-sm text-slate-700">
            {t('form', { section })}
          </label>
          <select
            id="compile-form"
            value={form}
            onChange={(e) => setForm(e.target.value as OpinionsForm)}
            className="rounded border border-slate-300 px-2 py-1 text-sm"
            aria-describedby="compile-form-hint"
          >
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`forms.${f}`)}
              </option>
            ))}
          </select>
          {form === 'grouped' && (
            <>
              <label htmlFor="compile-style" className="text-sm text-slate-700">
                {t('style')}
              </label>
              <select
                id="compile-style"
                value={style}
                onChange={(e) => setStyle(e.target.value as 'bullets' | 'paragraph')}
                className="rounded border border-slate-300 px-2 py-1 text-sm"
              >
                <option value="bullets">{t('bullets')}</option>
                <option value="paragraph">{t('paragraph')}</option>
              </select>
            </>
          )}
          <button
            type="button"
            onClick={() => (blocks.length > 0 ? setAsking(true) : generate())}
            disabled={pending}
            className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            {t('generate')}
          </button>
          <p id="compile-form-hint" className="w-full text-xs text-slate-600">
            {form === savedForm ? t(`formHints.${form}`) : t('formChange', { form: t(`forms.${form}`), section })}
          </p>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          id="compile-regenerate"
          title={tc('regenerateTitle', { section })}
          description={t('confirmGenerate', { section })}
          confirmLabel={tc('regenerate')}
          cancelLabel={tc('cancel')}
          pending={pending}
          onConfirm={generate}
          onCancel={() => setAsking(false)}
        />
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {blocks.length === 0 ? (
        <Empty>{t('empty', { section })}</Empty>
      ) : (
        <ol className="space-y-4">
          {blocks.map((b, i) => (
            <li key={`${b.id}-${b.version}`}>
              <BlockForm
                planId={planId}
                headed={savedForm === 'grouped'}
                section={section}
                block={b}
                readOnly={readOnly}
                onUp={i > 0 ? () => move(i, -1) : undefined}
                onDown={i < blocks.length - 1 ? () => move(i, 1) : undefined}
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function BlockForm({
  planId,
  headed,
  section,
  block,
  readOnly,
  onUp,
  onDown,
}: {
  planId: number;
  /** Whether the form prints the block's heading (bullets grouped by department). */
  headed: boolean;
  section: string;
  block: EditorBlock;
  readOnly: boolean;
  onUp?: () => void;
  onDown?: () => void;
}) {
  const hydrated = useHydrated();
  const t = useTranslations('compilation');
  const router = useRouter();
  const [heading, setHeading] = useState(block.heading);
  const [body, setBody] = useState(block.body);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [headingError, setHeadingError] = useState(false);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await saveCompilation({ planId, id: block.id, version: block.version, heading, body });
      const onHeading = !r.ok && (r.detail as { field?: string } | undefined)?.field === 'heading';
      setHeadingError(onHeading);
      if (!r.ok) return setMessage({ ok: false, text: onHeading ? t('headingRequired') : r.message });
      setMessage({ ok: true, text: t('saved') });
      router.refresh();
    });
  };
  const base = `block-${block.id}`;
  return (
    <form
      onSubmit={submit}
      aria-label={block.heading || t('untitledBlock', { section })}
      className="space-y-2 rounded border border-slate-200 bg-white p-3"
      data-testid="compilation-block"
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          {headed ? (
            <>
              <label htmlFor={`${base}-h`} className="block text-sm font-medium text-slate-700">
                {t('heading')}
              </label>
              <input
                id={`${base}-h`}
                value={heading}
                readOnly={readOnly || !hydrated}
                onChange={(e) => setHeading(e.target.value)}
                aria-invalid={headingError || undefined}
                aria-describedby={headingError ? `${base}-h-error` : undefined}
                className={`w-full rounded border px-2 py-1 ${headingError ? 'border-red-600' : 'border-slate-300'}`}
              />
              {headingError && (
                <p id={`${base}-h-error`} className="mt-1 text-sm text-red-700">
                  {t('headingRequired')}
                </p>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-700">{t('noHeading')}</p>
          )}
        </div>
        {!readOnly && (
          <div className="flex gap-1">
            <button
              type="button"
              onClick={onUp}
              disabled={!onUp || pending}
              aria-label={`${t('up')}: ${block.heading}`}
              className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
            >
              ↑ {t('up')}
            </button>
            <button
              type="button"
              onClick={onDown}
              disabled={!onDown || pending}
              aria-label={`${t('down')}: ${block.heading}`}
              className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
            >
              ↓ {t('down')}
            </button>
          </div>
        )}
      </div>
      <label htmlFor={`${base}-b`} className="block text-sm font-medium text-slate-700">
        {t('body')}
      </label>
      <textarea
        id={`${base}-b`}
        value={body}
        readOnly={readOnly || !hydrated}
        onChange={(e) => setBody(e.target.value)}
        rows={Math.min(14, 3 + body.split('\n').length * 2)}
        className="w-full rounded border border-slate-300 px-3 py-2 leading-7"
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t('sources', { n: block.sources.length })}</summary>
        <ul className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3 text-slate-700">
          {block.sources.map((s) => (
            <li key={s.opinionId}>・{s.text}</li>
          ))}
        </ul>
      </details>
      {!readOnly && (
        <div className="flex items-center gap-2">
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            {t('save')}
          </button>
          {message && (
            <span role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-800' : 'text-red-700'}`}>
              {message.text}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
