import { getTranslations } from '@/lib/i18n/get-translations';
import { CompilationEditor } from '@/components/review/compilation-editor';
import { CompiledText } from '@/components/review/compiled-text';
import { committeeOpinionsHeading, listCompilationSources, listCompilations } from '@/db/queries/compilation';
import { can } from '@/lib/auth/policy';
import { requirePage } from '@/lib/auth/require';
import { loadYear } from '@/lib/year';
import { Card } from '@/components/ui/card';

/** Admin: the report's committee opinions, compiled from the final opinions and edited as report text. */
export default async function CompilationPage({ params }: { params: Promise<{ year: string }> }) {
  const { year: yearParam } = await params;
  const { user, plan, db } = await loadYear(yearParam);
  // The compilation and its overview of who wrote what are the planning department's.
  await requirePage('compilation.edit');
  const t = await getTranslations('compilation');
  const blocks = listCompilations(db, plan.id);
  const sources = listCompilationSources(db, plan.id);
  const readOnly = !can(user, 'compilation.edit', { phase: plan.phase });
  // Named as this plan's document names it (「６.外部評価委員の意見等」, 「第3章　外部評価委員の意見」 …).
  const section = committeeOpinionsHeading(db, plan.id) ?? t('defaultSection');
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title', { section })}</h1>
        <p className="text-sm text-slate-700">{t('help')}</p>
        {readOnly && <p className="mt-2 rounded bg-slate-100 px-3 py-2 text-sm">{t('readOnly')}</p>}
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        <CompilationEditor
          planId={plan.id}
          form={plan.opinionsForm}
          section={section}
          readOnly={readOnly}
          blocks={blocks.map((b) => ({
            ...b,
            sources: sources.filter((s) => s.compilationId === b.id).map((s) => ({ opinionId: s.opinionId, text: s.text })),
          }))}
        />
        <Card id="preview" title={t('preview')}>
          <CompiledText form={plan.opinionsForm} blocks={blocks} />
        </Card>
      </div>
    </div>
  );
}
