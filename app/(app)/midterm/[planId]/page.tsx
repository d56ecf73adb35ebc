import { getTranslations } from '@/lib/i18n/get-translations';
import { Link } from '@/components/ui/link';
import { StatusBadgeOf } from '@/components/ui/status-badge';
import { inDocumentOrder, listSectionStatuses } from '@/db/queries/sections';
import { loadMidterm } from '../load';
import { Empty } from '@/components/ui/empty';

const WRITABLE = new Set(['narrative', 'initiative', 'preface', 'heading', 'kpi_table', 'financial_table']);

/** The mid-term plan's sections (those of the user's departments; admin and readers see all). */
export default async function MidtermPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { user, plan, db } = await loadMidterm(planId);
  const [t, ts] = await Promise.all([getTranslations('midterm'), getTranslations('status')]);
  const departmentIds = user.role === 'staff' ? user.departmentIds : null;
  const rows = inDocumentOrder(
    listSectionStatuses(db, plan.id, departmentIds ? { departmentIds } : {}).filter((s) => WRITABLE.has(s.kind)),
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t('sectionsTitle')}</h1>
      {rows.length === 0 ? (
        <Empty>{t('noSections')}</Empty>
      ) : (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
          {rows.map((s) => (
            <li
              key={s.id}
              className="flex items-center justify-between gap-2 px-3 py-2"
              style={{ paddingLeft: `${0.75 + s.depth * 1.25}rem` }}
            >
              <Link href={`/midterm/${plan.id}/sections/${s.id}`} className="ui-link">
                {s.number ? `${s.number} ` : ''}
                {s.title}
              </Link>
              <StatusBadgeOf status={s.status} t={ts} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
