import type { CompilationRow } from '@/db/queries/compilation';
import type { OpinionsForm } from '@/lib/domain/types';
import { opinionBlocks } from '@/lib/report/opinions';

/** Section 6 as the report prints it, in the plan's form: headings and '・' bullets, or paragraphs. */
export function CompiledText({
  form,
  blocks,
  headingLevel = 3,
}: {
  form: OpinionsForm;
  blocks: Pick<CompilationRow, 'id' | 'heading' | 'body'>[];
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-4" data-testid="compiled-section6">
      {opinionBlocks(form, blocks).map((b, i) =>
        b.type === 'para' ? (
          <p key={i} className="indent-4 leading-7" data-testid="paragraph">
            {b.lines.map((l, j) => (
              <span key={j} className="block">
                {l}
              </span>
            ))}
          </p>
        ) : (
          <section key={i} aria-label={b.heading || undefined}>
            {b.heading && <H className="font-semibold">{b.heading}</H>}
            {b.items.map((line, j) =>
              line.startsWith('・') ? (
                <p key={j} className="pl-4 -indent-4 leading-7" data-testid="bullet">
                  {line}
                </p>
              ) : (
                <p key={j} className="indent-4 leading-7">
                  {line}
                </p>
              ),
            )}
          </section>
        ),
      )}
    </div>
  );
}
