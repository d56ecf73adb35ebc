import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FigureSentencesForm, type SentenceSample } from '@/components/admin/figure-sentences-form';
import { getDb } from '@/db/client';
import { getFigureSentenceSettings, listSentenceSamples } from '@/db/queries/admin-sentences';
import type { IndicatorWithValues } from '@/db/queries/indicators';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { DEFAULT_FIGURE_SENTENCES } from '@/lib/domain/figure-sentence';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';

/** 「保証承諾（金額）」 → 「保証承諾」: a pair's sentence names the pair (as the section page does). */
const baseName = (name: string) => name.replace(/（[^（）]*）$/, '');

/** The wording of figure sentences, previewed on the indicators of a closed year and of the year in progress. */
export default async function FigureSentencesPage() {
  const user = await requireUser();
  if (!can(user, 'people.admin')) notFound();
  const db = getDb();
  const settings = getFigureSentenceSettings(db, user.organisationId);
  if (!settings) notFound();
  const [t, locale] = await Promise.all([getTranslations('sentenceWording'), getLocale()]);
  const lang = locale === 'en' ? 'en' : 'ja';
  const { open, closed } = listSentenceSamples(db, user.organisationId);
  const samples = (set: { year: number; indicators: IndicatorWithValues[] } | null, toDate: boolean): SentenceSample[] => {
    if (!set) return [];
    const list = set.indicators.filter((i) => i.measure !== 'count' && i.fig.actual !== null && i.fig.toDate === toDate);
    // The pairs (保証承諾 …) first: their sentence is the one the reference document writes.
    list.sort((a, b) => Number(b.pairKey != null) - Number(a.pairKey != null));
    return list.map((i) => {
      const count = i.pairKey ? set.indicators.find((c) => c.pairKey === i.pairKey && c.measure === 'count') : undefined;
      const name = i.pairKey ? baseName(i.name) : i.name;
      return {
        key: `${set.year}:${i.code}`,
        label: t('previewOf', { year: formatFiscalYear(set.year, lang), name }),
        name,
        fig: i.fig,
        count: count?.fig ?? null,
      };
    });
  };
  return (
    <div className="space-y-4">
      <p>
        <Link href="/admin/organisation" className="text-sm text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      <FigureSentencesForm
        version={settings.version}
        wording={settings.figureSentences ?? DEFAULT_FIGURE_SENTENCES}
        samples={{ yearEnd: samples(closed, false), toDate: samples(open, true) }}
      />
    </div>
  );
}
