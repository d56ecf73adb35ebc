'use client';
import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { statusTone } from '@/components/ui/status-tone';

/** A key figure: indicator id, name, the actual as printed, and 「（計画比 …）」 when it has a plan. */
export type KeyFigure = [id: number, name: string, actual: string, planRatio?: string];

/** One listed section, as few bytes as the page can send it (the committee's home lists them all). */
export type MaterialRow = {
  id: number;
  number: string;
  title: string;
  status: string | null;
  mark?: 'unread' | 'changed';
  figures?: KeyFigure[];
};

export type MaterialLabels = { unread: string; changed: string; keyFigures: string; status: Record<string, string> };

/**
 * A department's material on the committee's home. The page hands over the rows' data and the
 * words once; the browser and the server's HTML render them from it, so the page's payload
 * carries each section's data, not its markup (60 sections took 103 kB on the large dataset).
 */
export function MaterialList({
  year,
  deptId,
  rows,
  labels,
}: {
  year: number;
  deptId: number;
  rows: MaterialRow[];
  labels: MaterialLabels;
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {rows.map((s) => (
        <li key={s.id} className="px-4 py-2">
          <div className="flex items-start justify-between gap-2">
            <Link
              href={`/years/${year}/review/departments/${deptId}#section-${s.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {s.number && <span className="mr-1">{s.number}</span>}
              {s.title}
            </Link>
            <span className="flex shrink-0 items-center gap-1">
              {s.mark && (
                <Badge tone={s.mark === 'changed' ? 'warning' : 'neutral'} data-testid={`mark-${s.mark}`}>
                  {labels[s.mark]}
                </Badge>
              )}
              <Badge tone={statusTone(s.status)}>{labels.status[s.status ?? 'not_started']}</Badge>
            </span>
          </div>
          {s.figures && (
            <dl className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-700" aria-label={labels.keyFigures}>
              {s.figures.map(([id, name, actual, planRatio]) => (
                <div key={id} className="flex gap-1">
                  <dt>{name}</dt>
                  <dd className="tabular-nums">
                    {actual}
                    {planRatio}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
