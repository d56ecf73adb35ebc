import { getTranslations } from '@/lib/i18n/get-translations';
import type { NarrativeToken } from '@/lib/domain/tokens';

/** Which narrative tokens have nothing to stand for yet, and so print as written. Nothing when none. */
export async function UnfilledTokensNote({ tokens }: { tokens: readonly NarrativeToken[] }) {
  if (tokens.length === 0) return null;
  const [t, tt] = await Promise.all([getTranslations('report'), getTranslations('narrativeTokens')]);
  return (
    <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-950 print:hidden" data-testid="unfilled-tokens">
      {t('unfilledTokens', { tokens: tokens.map((k) => `{{${k}}}（${tt(k)}）`).join('、') })}
    </p>
  );
}
