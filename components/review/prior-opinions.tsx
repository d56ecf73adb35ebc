import { getLocale } from 'next-intl/server';
import { getTranslations } from '@/lib/i18n/get-translations';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { getDb } from '@/db/client';
import { getSectionKey, listPriorDepartmentOpinions, listPriorOpinions, type Viewer } from '@/db/queries/opinions';
import { can } from '@/lib/auth/policy';
import { formatFiscalYear } from '@/lib/domain/fiscal-year';

const STATE_TONE: Record<string, BadgeTone> = { open: 'warning', in_progress: 'info', done: 'success' };

/**
 * Last year's committee opinions on what this section concerns, with the department's responses:
 * shown beside next year's section so the committee can check what was done about them.
 */
type Props = { year: number; user: Viewer & { organisationId?: number }; organisationId?: number } & (
  | { sectionKey: string; departmentId?: never; sectionId?: never }
  | { departmentId: number; sectionKey?: never; sectionId?: never }
  | { sectionId: number; planId: number; sectionKey?: never; departmentId?: never }
);

export async function PriorOpinions(props: Props) {
  const { year, user } = props;
  const organisationId = props.organisationId ?? user.organisationId;
  if (organisationId === undefined) return null;
  let departmentId: number | null;
  let rows: { id: number; text: string; sectionTitle?: string | null; responseText: string | null; responseState: string | null }[];
  const sectionKey = props.sectionId !== undefined ? getSectionKey(getDb(), props.planId, props.sectionId) : props.sectionKey;
  if (props.sectionId !== undefined && sectionKey === null) return null;
  if (sectionKey != null) {
    const found = listPriorOpinions(getDb(), organisationId, year, sectionKey, user);
    departmentId = found.prior?.departmentId ?? null;
    rows = found.rows;
  } else if (props.departmentId !== undefined) {
    departmentId = props.departmentId;
    rows = listPriorDepartmentOpinions(getDb(), organisationId, year, props.departmentId, user);
  } else return null;
  if (departmentId == null || rows.length === 0) return null;
  if (!can(user, 'opinion.read', { opinionStatus: 'final', departmentId })) return null;
  const showResponses = can(user, 'response.read', { departmentId });
  const [t, tr, locale] = await Promise.all([getTranslations('priorOpinions'), getTranslations('responses'), getLocale()]);
  const headingId = `prior-${(sectionKey ?? `dept-${departmentId}`).replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-amber-200 bg-amber-50/50 p-4" data-testid="prior-opinions">
      <h2 id={headingId} className="mb-2 font-semibold">
        {t('title', { year: formatFiscalYear(year - 1, locale === 'en' ? 'en' : 'ja') })}
      </h2>
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="space-y-1">
            {r.sectionTitle && <p className="text-xs text-slate-600">{tr('section', { title: r.sectionTitle })}</p>}
            <p className="pl-4 -indent-4 leading-7">・{r.text}</p>
            {showResponses && (
              <div className="ml-4 rounded border-l-4 border-slate-300 bg-white px-3 py-2 text-sm">
                <Badge tone={STATE_TONE[r.responseState ?? 'open']} className="mr-2">
                  {tr(`states.${r.responseState ?? 'open'}`)}
                </Badge>
                {r.responseText ? <span>{r.responseText}</span> : <span className="text-slate-600">{t('noResponse')}</span>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
