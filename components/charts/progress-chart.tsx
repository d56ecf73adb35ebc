'use client';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, ChartTooltipFrame, ChartUnit, noteDots } from './chart-parts';

export type ProgressPoint = {
  label: string;
  /** Chart coordinates in the display unit; null where not entered (drawn as a gap). */
  actual: number | null;
  pace: number | null;
  /** The same figures formatted for people (`1兆1,064億円`). */
  actualText: string;
  paceText: string;
  /** Note markers on this month, e.g. ['注1']. */
  notes: string[];
};

export type ProgressChartProps = {
  data: ProgressPoint[];
  ariaLabel: string;
  unitLabel: string;
  labels: { actual: string; pace: string; notEntered: string };
  /** Labels of the first and last month not entered yet, to shade. */
  missing: { from: string; to: string } | null;
};

type TooltipArgs = { active?: boolean; label?: string | number };

/** Cumulative (or month-end) actual against the plan's pace; months not entered are a gap. */
export function ProgressChart({ data, ariaLabel, unitLabel, labels, missing }: ProgressChartProps) {
  const byLabel = new Map(data.map((d) => [d.label, d]));
  const renderTooltip = ({ active, label }: TooltipArgs) => {
    const point = active && label !== undefined ? byLabel.get(String(label)) : undefined;
    if (!point) return null;
    return (
      <ChartTooltipFrame title={point.label}>
        <p>
          <span aria-hidden="true">━ </span>
          {labels.actual}: {point.actual === null ? labels.notEntered : point.actualText}
        </p>
        <p>
          <span aria-hidden="true">┅ </span>
          {labels.pace}: {point.paceText}
        </p>
        {point.notes.length > 0 && <p>{point.notes.join(' ')}</p>}
      </ChartTooltipFrame>
    );
  };
  return (
    <>
      <ChartUnit unitLabel={unitLabel} />
      <div role="img" aria-label={ariaLabel} className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 16, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis tick={{ fontSize: 11 }} width={64} tickFormatter={axisTick} />
            {missing && (
              <ReferenceArea
                x1={missing.from}
                x2={missing.to}
                fill="#94a3b8"
                fillOpacity={0.18}
                label={{ value: labels.notEntered, fontSize: 11, fill: '#334155' }}
              />
            )}
            <Tooltip content={renderTooltip} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line
              type="monotone"
              dataKey="pace"
              name={labels.pace}
              stroke="#64748b"
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              type="monotone"
              dataKey="actual"
              name={labels.actual}
              stroke="#1d4ed8"
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
              connectNulls={false}
            />
            {noteDots(data)}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
