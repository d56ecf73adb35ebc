'use client';
// A delete button that asks first: the question replaces the button in place, and cancelling
// puts the focus back on the button, so the keyboard path never loses its place.
import { useTranslations } from '@/lib/i18n/use-translations';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { iconButtonClass } from './use-run';

export function ConfirmDelete({
  id,
  name,
  label,
  ariaLabel,
  pending,
  onConfirm,
}: {
  /** Unique on the page: names the dialog's title and text. */
  id: string;
  /** What goes, as the user knows it (a user's name, an indicator's name). */
  name: string;
  label: string;
  ariaLabel?: string;
  pending?: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations('admin.confirmDelete');
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!asking && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);

  if (asking)
    return (
      <ConfirmDialog
        id={id}
        title={t('title', { name })}
        description={t('description')}
        confirmLabel={t('confirm')}
        cancelLabel={t('cancel')}
        pending={pending}
        onConfirm={() => {
          setAsking(false);
          onConfirm();
        }}
        onCancel={() => {
          returnFocus.current = true;
          setAsking(false);
        }}
      />
    );
  return (
    <button
      ref={trigger}
      type="button"
      className={iconButtonClass}
      disabled={pending}
      aria-label={ariaLabel}
      onClick={() => setAsking(true)}
    >
      {label}
    </button>
  );
}
