'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';

/**
 * The PDF download. Without JavaScript a plain link; with it, the PDF is fetched here so the
 * page can say 「作成中」 while the server renders it (renders are queued, two at a time), and
 * a failure is shown instead of a broken download.
 */
export function PdfDownloadLink({ href, label, className }: { href: string; label: string; className: string }) {
  const t = useTranslations('pdfDownload');
  const [state, setState] = useState<'idle' | 'making' | 'failed'>('idle');

  const download = async (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    if (state === 'making') return;
    setState('making');
    try {
      const res = await fetch(href);
      if (!res.ok) throw new Error(String(res.status));
      const blob = await res.blob();
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report.pdf';
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };

  return (
    // The status stays in the page (a live region must exist before it speaks) but takes no room while empty.
    <span className="inline-flex items-center">
      <a href={href} className={className} download onClick={download} aria-busy={state === 'making'} data-testid="pdf-download">
        {state === 'making' ? t('making') : label}
      </a>
      <span role="status" className="ml-2 text-sm text-slate-700 empty:ml-0" data-testid="pdf-status">
        {state === 'making' ? t('queued') : state === 'failed' ? t('failed') : ''}
      </span>
    </span>
  );
}
