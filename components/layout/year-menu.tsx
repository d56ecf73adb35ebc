'use client';
import { useEffect, useRef } from 'react';
import type { SwitchYear } from './year-switch';

/**
 * The years beyond a year switch's window: a native details menu (it opens by keyboard and
 * without script) that, as a menu should, also closes on Escape, giving the focus back to its
 * summary, and on a click outside it.
 */
export function YearMenu({ label, years }: { label: string; years: readonly SwitchYear[] }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !details.open) return;
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (details.open && !details.contains(e.target as Node)) details.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details ref={ref} className="ui-yearmore">
      <summary>{label}</summary>
      <ul>
        {years.map((y) => (
          <li key={y.year}>
            <a href={y.href}>{y.label}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
