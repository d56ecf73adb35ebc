// An inline confirmation: what will happen, then confirm or cancel. An alertdialog named by its
// title and described by its text; the confirm button takes the focus when it opens.
import type { ReactNode } from 'react';

const primary = 'rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60';
const secondary = 'rounded border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50';

export function ConfirmDialog({
  id,
  title,
  description,
  children,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  id: string;
  title: ReactNode;
  description: ReactNode;
  /** More content between the text and the buttons (e.g. a field for a reason). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      className="rounded border border-amber-400 bg-amber-50 p-4"
    >
      <h3 id={`${id}-h`} className="font-semibold text-amber-950">
        {title}
      </h3>
      <p id={`${id}-d`} className="mt-1 text-sm text-amber-950">
        {description}
      </p>
      {children}
      <div className="mt-3 flex gap-2">
        <button type="button" autoFocus className={primary} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className={secondary} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
