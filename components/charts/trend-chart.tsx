'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, ChartTooltipFrame, ChartUnit, noteDots } from './chart-parts';

export type TrendPoint = {
  label: string;
  actual: number | null;
  annualPlan: number | null;
  midtermPlan: number | null;
  actualText: string;
  annualPlanText: string;
  midtermPlanText: string;
  notes: string[];
};

export type TrendChartProps = {
  data: TrendPoint[];
  ariaLabel: string;
  unitLabel: string;
  labels: { actual: string; annualPlan: string; midtermPlan: string };
};

type TooltipArgs = { active?: boolean; label?: string | number };

/** An indicator over fiscal years: actual, annual plan and mid-term plan. */
export function TrendChart({ data, ariaLabel, unitLabel, labels }: TrendChartProps) {
  const byLabel = new Map(data.map((d) => [d.label, d]));
  const hasMidterm = data.some((d) => d.midtermPlan !== null);
  const renderTooltip = ({ active, label }: TooltipArgs) => {
    const p = active && label !== undefined ? byLabel.get(String(label)) : undefined;
    if (!p) return null;
    return (
      <ChartTooltipFrame title={p.label}>
        <p>
          <span aria-hidden="true">━ </span>
          {labels.actual}: {p.actualText}
        </p>
        <p>
          <span aria-hidden="true">┅ </span>
          {labels.annualPlan}: {p.annualPlanText}
        </p>
        {hasMidterm && (
          <p>
            <span aria-hidden="true">┈ </span>
            {labels.midtermPlan}: {p.midtermPlanText}
          </p>
        )}
        {p.notes.length > 0 && <p>{p.notes.join(' ')}</p>}
      </ChartTooltipFrame>
    );
  };
  return (
    <>
      <ChartUnit unitLabel={unitLabel} />
      <div role="img" aria-label={ariaLabel} className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={{ top: 16, right: 12, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} width={64} tickFormatter={axisTick} />
            <Tooltip content={renderTooltip} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line
              dataKey="annualPlan"
              name={labels.annualPlan}
              stroke="#64748b"
              strokeDasharray="6 4"
              dot={{ r: 3, strokeDasharray: '' }}
              isAnimationActive={false}
              connectNulls={false}
            />
            {hasMidterm && (
              <Line
                dataKey="midtermPlan"
                name={labels.midtermPlan}
                stroke="#7c3aed"
                strokeDasharray="2 3"
                dot={{ r: 3 }}
                isAnimationActive={false}
                connectNulls={false}
              />
            )}
            <Line
              dataKey="actual"
              name={labels.actual}
              stroke="#1d4ed8"
              strokeWidth={2.5}
              dot={{ r: 4 }}
              isAnimationActive={false}
              connectNulls={false}
            />
            {noteDots(data)}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
