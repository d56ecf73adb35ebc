// A short label with a tone. The text always carries the meaning; colour is a second signal.
import type { ComponentProps } from 'react';
import { cx } from './cx';

export const BADGE_TONES = {
  neutral: 'bg-slate-100 text-slate-700 border-slate-300',
  info: 'bg-sky-50 text-sky-800 border-sky-300',
  violet: 'bg-violet-50 text-violet-800 border-violet-300',
  warning: 'bg-amber-50 text-amber-900 border-amber-400',
  success: 'bg-emerald-50 text-emerald-800 border-emerald-300',
  danger: 'bg-red-50 text-red-900 border-red-300',
} as const;

export type BadgeTone = keyof typeof BADGE_TONES;

/** Other span attributes (data-testid, title, aria-*) pass through. */
export function Badge({ tone = 'neutral', className, ...rest }: ComponentProps<'span'> & { tone?: BadgeTone }) {
  return (
    <span
      className={cx('inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-medium', BADGE_TONES[tone], className)}
      {...rest}
    />
  );
}
