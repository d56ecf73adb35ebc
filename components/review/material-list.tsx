'use client';
import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { statusTone } from '@/components/ui/status-tone';
import { Fragment, useMemo } from 'react';
import { fromWireText, type WireText } from '@/lib/wire-text';

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
  rows: WireText<MaterialRow[]>;
  labels: MaterialLabels;
}) {
  const list = useMemo(() => fromWireText(rows), [rows]);
  // Every row's layout comes from one class on the list (app/globals.css, .ui-material): 60 rows
  // of utility lists were about 11 kB of the page's HTML. A row is its link, its marks and its
  // key figures, with no wrapper around them (nor around each figure's term and value): on the
  // large dataset's 60 rows and 120 key figures the wrappers were a fifth of the page's elements.
  return (
    <ul className="ui-material">
      {list.map((s) => (
        <li key={s.id}>
          <Link href={`/years/${year}/review/departments/${deptId}#section-${s.id}`}>
            {s.number && <span>{s.number}</span>}
            {s.title}
          </Link>
          <span>
            {s.mark && (
              <Badge tone={s.mark === 'changed' ? 'warning' : 'neutral'} data-testid={`mark-${s.mark}`}>
                {labels[s.mark]}
              </Badge>
            )}
            <Badge tone={statusTone(s.status)}>{labels.status[s.status ?? 'not_started']}</Badge>
          </span>
          {s.figures && (
            <dl aria-label={labels.keyFigures}>
              {s.figures.map(([id, name, actual, planRatio]) => (
                <Fragment key={id}>
                  <dt>{name}</dt>
                  <dd>
                    {actual}
                    {planRatio}
                  </dd>
                </Fragment>
              ))}
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
