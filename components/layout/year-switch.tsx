import { Link } from '@/components/ui/link';
import { yearWindow } from '@/lib/domain/year-window';
import { YearMenu } from './year-menu';

export type SwitchYear = { year: number; label: string; href: string };

/**
 * A fiscal-year switch: the years around the current one as links, the others in a menu
 * (YearMenu). Those are plain links, a rare jump to a distant year, so a page of an organisation
 * with twenty years of records carries five client links, not twenty.
 */
export function YearSwitch({
  years,
  current,
  moreLabel,
  linkClass,
  label,
  testId,
}: {
  years: readonly SwitchYear[];
  current: number;
  /** The disclosure's label, given the number of years behind it. */
  moreLabel: (count: number) => string;
  linkClass: (current: boolean) => string;
  /** The list's accessible name, when no labelled landmark around it names it. */
  label?: string;
  testId?: string;
}) {
  const { shown, hidden } = yearWindow(years, (y) => y.year === current);
  return (
    <ul className="flex flex-wrap items-center gap-1" aria-label={label} data-testid={testId}>
      {shown.map((y) => (
        <li key={y.year}>
          <Link href={y.href} aria-current={y.year === current ? 'page' : undefined} className={linkClass(y.year === current)}>
            {y.label}
          </Link>
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="relative">
          <YearMenu label={moreLabel(hidden.length)} years={hidden} />
        </li>
      )}
    </ul>
  );
}
