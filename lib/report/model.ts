// The evaluation document as data: headings, paragraphs, tables and section 6, in print order.
// Pure: built from what db/queries/report.ts loads; rendered by render-html.ts, exported by export.ts.
import type { AnnualActual, ReportData, ReportPlan } from '@/db/queries/report';
import { fiscalYearLabel, fiscalYearSpan } from '@/lib/domain/era';
import { formatYen } from '@/lib/domain/money';
import { withHeadingPlan } from '@/lib/domain/heading-plan';
import { headingLine } from '@/lib/domain/numbering';
import { formatRoster, type RosterFormat } from '@/lib/domain/roster';
import { expandTokens, type NarrativeToken, narrativeTokenValues, type TokenValues, unfilledTokens } from '@/lib/domain/tokens';
import type { DisplayUnit, SectionKind, YenPrecision } from '@/lib/domain/types';
import { opinionBlocks, paragraphs } from './opinions';
import { buildFinancialTable, buildKpiTable, buildMidtermTable } from './tables';
import type { ReportTable } from './table-types';

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  | { type: 'para'; lines: string[] }
  | { type: 'bullets'; heading: string; items: string[] }
  | { type: 'table'; table: ReportTable };

export type Amendment = { version: number; note: string; date: string };

export type ReportDoc = {
  planId: number;
  title: string;
  organisationName: string;
  fiscalYearLabel: string;
  kind: 'annual' | 'midterm';
  draft: boolean;
  displayUnit: DisplayUnit;
  amendment: Amendment | null;
  /**
   * Tokens the printed narratives use with nothing to stand for (no committee members yet …),
   * printed as written. Absent in snapshots taken before it was kept.
   */
  unfilledTokens?: NarrativeToken[];
  blocks: Block[];
  tables: ReportTable[];
};

type SectionRow = ReportData['sections'][number];

/** Kinds that never print their title (the title is only for navigation). */
const UNTITLED: ReadonlySet<SectionKind> = new Set(['preface', 'kpi_table', 'financial_table']);

/** The document title exactly as the plan states it (nothing appended); the plan's name when it has none. */
export function reportTitle(plan: Pick<ReportPlan, 'title' | 'documentTitle'>): string {
  return plan.documentTitle?.trim() || plan.title;
}

/** The roster in the organisation's format (default 「委員：所属職名 氏名、…」). */
export function committeeRoster(members: ReportData['committee'], format: RosterFormat | null = null): string {
  return formatRoster(members, format);
}

/** What the narrative tokens stand for in this plan's document. */
export function tokenValues(
  plan: Pick<ReportPlan, 'startYear' | 'endYear'>,
  data: Pick<ReportData, 'organisation' | 'committee'>,
): TokenValues {
  return narrativeTokenValues(data.organisation, data.committee, plan);
}

export { paragraphs };

function childrenOf(rows: SectionRow[]) {
  const map = new Map<number | null, SectionRow[]>();
  for (const r of rows) {
    const list = map.get(r.parentId) ?? [];
    list.push(r);
    map.set(r.parentId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  return map;
}

export type BuildOptions = {
  annualActuals?: AnnualActual[];
  amendment?: Amendment | null;
  /** Whether the reader may see a self-assessment in this status (committee members never see drafts). */
  narrativeVisible?: (status: SectionRow['status']) => boolean;
};

export function buildReport(plan: ReportPlan, data: ReportData, opts: BuildOptions = {}): ReportDoc {
  // The plan's unit when it has one, else the organisation's default.
  const displayUnit = plan.displayUnit ?? data.organisation.displayUnit;
  const tokens = tokenValues(plan, data);
  const children = childrenOf(data.sections);
  const blocks: Block[] = [];
  const tables: ReportTable[] = [];
  const indicatorsBySection = new Map<number, ReportData['indicators']>();
  for (const ind of data.indicators) {
    if (ind.sectionId == null) continue;
    const list = indicatorsBySection.get(ind.sectionId) ?? [];
    list.push(ind);
    indicatorsBySection.set(ind.sectionId, list);
  }
  const kpiTable = (s: SectionRow) => {
    const setup = { spec: s.tableSpec, sectionTitle: s.title };
    // Mid-term tables label their years in the organisation's era style (平成27年度, 2015年度, …).
    const yearLabel = (y: number) => fiscalYearLabel(y, data.organisation.eraStyle);
    return plan.kind === 'midterm'
      ? buildMidtermTable(plan, data, opts.annualActuals ?? [], displayUnit, { ...setup, yearLabel })
      : buildKpiTable(plan, data, displayUnit, setup);
  };

  const unfilled = new Set<NarrativeToken>();
  const pushNarrative = (text: string | null) => {
    if (!text) return;
    for (const name of unfilledTokens(text, tokens)) unfilled.add(name);
    for (const lines of paragraphs(expandTokens(text, tokens))) blocks.push({ type: 'para', lines });
  };

  const headingText = (s: SectionRow): string => {
    const amount = (indicatorsBySection.get(s.id) ?? []).find((i) => i.measure === 'amount' && i.unit === 'yen');
    const planValue = amount ? data.values.find((v) => v.indicatorId === amount.id && v.fiscalYear === plan.endYear)?.planValue : null;
    if (plan.kind === 'annual' && amount && planValue != null) {
      return withHeadingPlan(
        headingLine(s.number, s.title),
        formatPlanAmount(planValue, amount.yenPrecision),
        data.organisation.headingPlan,
      );
    }
    return headingLine(s.number, s.title);
  };

  const walk = (parentId: number | null, depth: number) => {
    const list = children.get(parentId) ?? [];
    list.forEach((s, i) => {
      const prev = list[i - 1];
      // The narrative that follows a table continues it (3.決算概要's commentary): no heading.
      const hidden =
        UNTITLED.has(s.kind) || (s.kind === 'narrative' && !s.number && prev != null && UNTITLED.has(prev.kind) && prev.kind !== 'preface');
      if (!hidden) blocks.push({ type: 'heading', level: Math.min(depth + 1, 3) as 1 | 2 | 3, text: headingText(s), anchor: `s-${s.id}` });
      if (s.kind === 'committee_opinions') {
        blocks.push(...opinionBlocks(plan.opinionsForm, data.compilation));
        return;
      }
      if (!opts.narrativeVisible || opts.narrativeVisible(s.status)) pushNarrative(s.narrative);
      if (s.kind === 'kpi_table') {
        const table = kpiTable(s);
        tables.push(table);
        blocks.push({ type: 'table', table });
      } else if (s.kind === 'financial_table') {
        const table = buildFinancialTable(plan, data, displayUnit, { spec: s.tableSpec, sectionTitle: s.title });
        tables.push(table);
        blocks.push({ type: 'table', table });
      }
      walk(s.id, depth + 1);
    });
  };
  walk(null, 0);

  const years = fiscalYearSpan(plan.startYear, plan.endYear, data.organisation.eraStyle);
  return {
    planId: plan.id,
    title: reportTitle(plan),
    organisationName: data.organisation.name,
    fiscalYearLabel: years,
    kind: plan.kind,
    draft: plan.phase !== 'published',
    displayUnit,
    amendment: opts.amendment ?? null,
    unfilledTokens: [...unfilled],
    blocks,
    tables,
  };
}

function formatPlanAmount(value: number, precision: YenPrecision): string {
  return formatYen(value, { precision, spaced: true });
}
