import type { CompilationRow } from '@/db/queries/compilation';

/** Section 6 as the report prints it: headings, then '・' bullets or a paragraph. */
export function CompiledText({
  blocks,
  headingLevel = 3,
}: {
  blocks: Pick<CompilationRow, 'id' | 'heading' | 'body'>[];
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-4" data-testid="compiled-section6">
      {blocks.map((b) => (
        <section key={b.id} aria-label={b.heading}>
          <H className="font-semibold">{b.heading}</H>
          {b.body
            .split('\n')
            .filter((l) => l.trim())
            .map((line, i) =>
              line.startsWith('・') ? (
                <p key={i} className="pl-4 -indent-4 leading-7" data-testid="bullet">
                  {line}
                </p>
              ) : (
                <p key={i} className="indent-4 leading-7">
                  {line}
                </p>
              ),
            )}
        </section>
      ))}
    </div>
  );
}
