'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { NARRATIVE_TOKENS, type TokenValues } from '@/lib/domain/tokens';

/** Every token a narrative may use, with what it stands for in this plan. */
export function TokenList({ tokens }: { tokens: TokenValues }) {
  const t = useTranslations('narrativeTokens');
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="token-list">
      <summary className="cursor-pointer font-medium text-slate-800">{t('title')}</summary>
      <p className="mt-1 text-xs text-slate-600">{t('hint')}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {NARRATIVE_TOKENS.map((k) => (
          <div key={k} className="contents">
            <dt>
              <code className="rounded bg-slate-100 px-1">{`{{${k}}}`}</code>
              <span className="ml-1 text-xs text-slate-600">{t(k)}</span>
            </dt>
            <dd className="break-all text-slate-800">{tokens[k] || <span className="text-amber-800">{t('unset')}</span>}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
