// What a list or panel says when it has nothing yet: a dashed box with one sentence.
import type { ReactNode } from 'react';
import { cx } from './cx';

export function Empty({ className, children }: { className?: string; children: ReactNode }) {
  return <p className={cx('rounded border border-dashed border-slate-300 bg-white p-4 text-slate-700', className)}>{children}</p>;
}
