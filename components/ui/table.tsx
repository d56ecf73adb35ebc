// The one table: a scrolling frame whose header row stays in view, numeric columns right-aligned
// with tabular digits. Plain elements, usable from server and client components alike. The cells'
// look is in app/globals.css (.ui-table …), not in classes repeated on every cell: a dashboard has
// a thousand cells, and their class strings were half of its HTML. A cell's own className (a
// utility) still wins over these rules (the components layer comes before the utilities).
import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

type TableProps = ComponentProps<'table'> & {
  caption?: ReactNode;
  /** Extra classes for the frame (the scroll container), e.g. a different max height. */
  frameClassName?: string;
  /** Tighter cells for dense figure grids (months × indicators); a descendant rule, so it wins over the cells' own padding. */
  dense?: boolean;
  /** Every data cell is a figure (the row header is a TH): one class on the table, not one per cell. */
  numericCells?: boolean;
};

export function Table({ caption, className, frameClassName, dense, numericCells, children, ...rest }: TableProps) {
  return (
    <div className={cx('ui-frame', frameClassName)}>
      <table className={cx('ui-table', dense && 'ui-dense', numericCells && 'ui-numeric', className)} {...rest}>
        {caption != null && <caption className="ui-caption">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header rows; sticky at the top of the frame. */
export function THead({ className, ...rest }: ComponentProps<'thead'>) {
  return <thead className={cx('ui-thead', className)} {...rest} />;
}

export function TR({ className, ...rest }: ComponentProps<'tr'>) {
  return <tr className={cx('ui-tr', className)} {...rest} />;
}

type Cell = { numeric?: boolean };

/**
 * A header cell: a column header by default (`scope="col"`, bold); `numeric` aligns it with its
 * figures. A row header (`scope="row"`) keeps the body's weight; give it `font-medium` to stand out.
 */
export function TH({ numeric, className, scope = 'col', ...rest }: ComponentProps<'th'> & Cell) {
  return <th scope={scope} className={cx(numeric && 'ui-num', className) || undefined} {...rest} />;
}

/** A data cell; `numeric` for figures: right-aligned, tabular digits, no wrapping. */
export function TD({ numeric, className, ...rest }: ComponentProps<'td'> & Cell) {
  return <td className={cx(numeric && 'ui-num', className) || undefined} {...rest} />;
}
