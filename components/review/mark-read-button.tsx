'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { markSectionsReadAction } from '@/lib/actions/opinions';

export function MarkReadButton({
  planId,
  items,
  label,
}: {
  planId: number;
  items: { sectionId: number; version: number }[];
  label: string;
}) {
  const t = useTranslations('reviewDept');
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  // After the refresh the items are read and the button goes; its confirmation stays.
  if (items.length === 0 && message === null) return null;
  const click = () =>
    start(async () => {
      const r = await markSectionsReadAction({ planId, items });
      setMessage(r.ok ? t('marked') : r.message);
      if (r.ok) router.refresh();
    });
  return (
    <span className="inline-flex items-center gap-2">
      {items.length > 0 && (
        <button
          type="button"
          onClick={click}
          disabled={pending}
          className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-50"
        >
          {label}
        </button>
      )}
      <span role="status" className="text-xs text-slate-600">
        {message}
      </span>
    </span>
  );
}
