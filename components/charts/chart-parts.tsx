'use client';
// What the two recharts charts share: the unit line above, the y axis's number format, the
// tooltip's frame and the note markers on the actual line. One place, so both read alike.
import type { ReactNode } from 'react';
import { ReferenceDot } from 'recharts';
import { formatTick } from '@/lib/domain/money';

/** The y axis's numbers: digit grouping, △ for negatives (never toLocaleString). */
export const axisTick = (value: number) => formatTick(value);

/** The display unit (e.g. 億円) above the chart; nothing for a unit the figures already carry. */
export function ChartUnit({ unitLabel }: { unitLabel: string }) {
  if (!unitLabel) return null;
  return (
    <p className="text-xs text-slate-600" aria-hidden="true">
      {unitLabel}
    </p>
  );
}

export function ChartTooltipFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded border border-slate-300 bg-white p-2 text-xs shadow">
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}

/**
 * The note markers (注1 …) on the actual line. A function, not a component: recharts finds its
 * reference dots among the chart's direct children.
 */
export function noteDots(data: { label: string; actual: number | null; notes: string[] }[]) {
  return data.flatMap((d) =>
    d.notes.length && d.actual !== null
      ? [
          <ReferenceDot
            key={`note-${d.label}`}
            x={d.label}
            y={d.actual}
            r={6}
            fill="#f59e0b"
            stroke="#92400e"
            label={{ value: d.notes.join(' '), position: 'top', fontSize: 11, fill: '#92400e' }}
          />,
        ]
      : [],
  );
}
