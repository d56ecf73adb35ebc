'use client';
import { usePathname } from 'next/navigation';
import { Link } from '@/components/ui/link';

type NavLink = { href: string; label: string /** Also current below this path. */; also?: string };

/**
 * A navigation bar's links, the current page's marked (aria-current, and in bold). A link is
 * current on its own page and on the pages below it, but the first link (the area's home, such
 * as a year's overview) only on its own and below its `also`.
 */
export function NavLinks({ links }: { links: readonly NavLink[] }) {
  const path = usePathname();
  const below = (prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const current = ({ href, also }: NavLink, i: number) => path === href || (i > 0 && below(href)) || (also !== undefined && below(also));
  return (
    <ul className="flex flex-wrap gap-1">
      {links.map((l, i) => (
        <li key={l.href}>
          <Link href={l.href} className="ui-navlink" aria-current={current(l, i) ? 'page' : undefined}>
            {l.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
