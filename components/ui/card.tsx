// A titled panel: a region named by its heading, so that it is a landmark screen readers list.
import type { ReactNode } from 'react';
import { cx } from './cx';

const TONES = { plain: 'border-slate-200 bg-white', warning: 'border-amber-400 bg-amber-50' } as const;

export function Card({
  id,
  title,
  tone = 'plain',
  className,
  children,
  ...data
}: {
  /** Makes the heading's id (`<id>-h`) that names the region. */
  id: string;
  title: ReactNode;
  tone?: keyof typeof TONES;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <section aria-labelledby={`${id}-h`} className={cx('rounded border p-4', TONES[tone], className)} {...data}>
      <h2 id={`${id}-h`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
