import { getTranslations } from '@/lib/i18n/get-translations';
import { getOrganisation } from '@/db/queries/plans';
import { loadWorkbookData } from '@/db/queries/workbook';
import { can } from '@/lib/auth/policy';
import { fiscalYearLabel } from '@/lib/domain/era';
import { japanDate } from '@/lib/notify/deadlines';
import { yearWorkbook } from '@/lib/export/workbook';
import { contentDisposition, downloadName, loadReportRequest, narrativeFilter } from '@/lib/report/request';

export const dynamic = 'force-dynamic';

/** Every indicator, month, self-assessment and final opinion of the year; what each reader may read. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const loaded = await loadReportRequest(year, new URL(request.url).searchParams.get('plan'));
  if (loaded instanceof Response) return loaded;
  const { user, plan, db } = loaded;
  const data = loadWorkbookData(db, plan);
  data.opinions = data.opinions.filter((o) => can(user, 'opinion.read', { opinionStatus: 'final', departmentId: o.departmentId }));
  const visible = narrativeFilter(user);
  const t = await getTranslations('workbook');
  // The plan's years as its document labels them, its amounts in its unit.
  const org = getOrganisation(db, user.organisationId);
  const eraStyle = org?.eraStyle ?? 'wareki';
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i).map((fiscalYear) => ({
    fiscalYear,
    label: fiscalYearLabel(fiscalYear, eraStyle),
  }));
  const body = await yearWorkbook(data, {
    year: plan.startYear,
    years,
    unit: plan.displayUnit ?? org?.displayUnit ?? 'oku',
    asOf: japanDate(new Date()),
    t: (key, values) => t(key as never, values as never),
    narrativeVisible: (s) => visible(s as Parameters<typeof visible>[0]),
  });
  const name = downloadName(plan, 'xlsx').replace('report-', 'workbook-');
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': contentDisposition(name, `${plan.title}_data.xlsx`),
      'cache-control': 'private, no-store',
    },
  });
}
