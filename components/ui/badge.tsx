// A short label with a tone. The text always carries the meaning; colour is a second signal.
// Its look is one class (app/globals.css, `.ui-badge`) coloured by `data-tone`: a list of a
// hundred rows carries the word, not the same utility classes twice per row in HTML and payload.
import type { ComponentProps } from 'react';
import { cx } from './cx';

export type BadgeTone = 'neutral' | 'info' | 'violet' | 'warning' | 'success' | 'danger';

/** Other span attributes (data-testid, title, aria-*) pass through. */
export function Badge({ tone = 'neutral', className, ...rest }: ComponentProps<'span'> & { tone?: BadgeTone }) {
  return <span className={cx('ui-badge', className)} data-tone={tone === 'neutral' ? undefined : tone} {...rest} />;
}
