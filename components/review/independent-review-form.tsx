'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { setIndependentReview } from '@/lib/actions/opinions';

export function IndependentReviewForm({
  planId,
  enabled,
  version,
  disabled,
}: {
  planId: number;
  enabled: boolean;
  version: number;
  disabled: boolean;
}) {
  const t = useTranslations('opinionAdmin');
  const router = useRouter();
  const [on, setOn] = useState(enabled);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await setIndependentReview({ planId, enabled: on, version });
      setMessage(r.ok ? t('savedSetting') : r.message);
      if (r.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-3">
      <label className="inline-flex items-center gap-2 text-sm">
        <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} disabled={disabled} className="h-4 w-4" />
        {t('independentOn')}
      </label>
      <button
        type="submit"
        disabled={pending || disabled}
        className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-50"
      >
        {t('save')}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {message}
      </span>
    </form>
  );
}
