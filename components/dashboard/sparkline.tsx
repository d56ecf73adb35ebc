/**
 * A tiny trend line drawn as plain SVG (no chart library), with its figures as the label and
 * its scale (the highest and lowest value, in the caller's unit) printed beside it.
 */
export function Sparkline({
  points,
  label,
  format,
}: {
  points: { x: string; y: number | null }[];
  label: string;
  format: (v: number) => string;
}) {
  const values = points.map((p) => p.y).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const w = 96;
  const h = 32;
  const step = w / Math.max(points.length - 1, 1);
  const y = (v: number) => (max === min ? h / 2 : h - 3 - ((v - min) / (max - min)) * (h - 6));
  const coords = points.flatMap((p, i) => (p.y === null ? [] : [`${(i * step).toFixed(1)},${y(p.y).toFixed(1)}`]));
  const last = coords.at(-1)?.split(',');
  return (
    <div className="flex items-stretch gap-1">
      <div className="flex flex-col justify-between text-right text-[10px] leading-none text-slate-600 tabular-nums" aria-hidden="true">
        <span>{format(max)}</span>
        <span>{format(min)}</span>
      </div>
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} className="overflow-visible text-brand-700">
        <line x1={0} y1={3} x2={w} y2={3} stroke="#e2e8f0" strokeWidth={1} />
        <line x1={0} y1={h - 3} x2={w} y2={h - 3} stroke="#e2e8f0" strokeWidth={1} />
        <polyline points={coords.join(' ')} fill="none" stroke="currentColor" strokeWidth={1.5} />
        {last && <circle cx={last[0]} cy={last[1]} r={2.5} fill="currentColor" />}
      </svg>
    </div>
  );
}
