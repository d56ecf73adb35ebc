'use client';
import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

/** The plan's sub-pages; the current one is marked for screen readers too. */
export function PlanTabs({
  planId,
  labels,
  label,
}: {
  planId: number;
  labels: { settings: string; sections: string; indicators: string; tables: string; phases: string };
  label: string;
}) {
  const path = usePathname();
  const base = `/admin/plans/${planId}`;
  const tabs = [
    [base, labels.settings],
    [`${base}/sections`, labels.sections],
    [`${base}/indicators`, labels.indicators],
    [`${base}/tables`, labels.tables],
    [`${base}/phases`, labels.phases],
  ] as const;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map(([href, text]) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={path === href ? 'page' : undefined}
              className={`-mb-px block border-b-2 px-3 py-2 text-sm ${path === href ? 'border-brand-600 font-semibold text-brand-900' : 'border-transparent text-brand-700 hover:bg-brand-50'}`}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
