// 令和7年度 (FY2025): the year in progress in the demo. Plans are set, actuals have been
// entered for April–October, and a few sections have a first draft of the self-assessment.
// Invented, plausible figures (not from any published document).
import { synthesizeMonthly } from './monthly';

const OKU = 100_000_000; // 1億円

export const fy2025FiscalYear = 2025;

/** Months with actuals entered, counted from April (7 = April–October). */
export const fy2025MonthsEntered = 7;

/**
 * Plan values by indicator code (stored integers, yen for money) for every FY2024 indicator
 * that has a plan or is a 事業計画 KPI. The KPIs' count indicators have no plan (null), as in
 * FY2024.
 */
export const fy2025Plan: Record<string, number | null> = {
  guarantee_approvals_count: null,
  guarantee_approvals_amount: 11_000 * OKU, // 1兆1,000億円
  outstanding_guarantees_count: null,
  outstanding_guarantees_amount: 48_000 * OKU, // 4兆8,000億円
  subrogation_count: null,
  subrogation_amount: 1_000 * OKU, // 1,000億円
  recovery_count: null,
  recovery_amount: 105 * OKU, // 105億円
  expert_dispatch_businesses: 3_600, // 者
  expert_dispatch_times: 7_500, // 回
  effect_operating_profit: 100, // 1.00倍 (target: above 1)
  effect_reschedule_normalisation: 100,
  effect_subrogation_transition: 100,
};

/**
 * Plausible full-year FY2025 values per indicator code, for the indicators that have monthly
 * values (aggregation 'sum' or 'end'). The loader expands them with synthesizeMonthly and
 * keeps only the first `fy2025MonthsEntered` months.
 */
export const fy2025AnnualGuess: Record<string, number> = {
  // 事業計画
  guarantee_approvals_count: 72_400,
  guarantee_approvals_amount: 10_580 * OKU,
  outstanding_guarantees_count: 452_300,
  outstanding_guarantees_amount: 47_650 * OKU,
  subrogation_count: 7_640,
  subrogation_amount: 932 * OKU,
  recovery_amount: 112 * OKU,
  // 保証部門
  seido_yushi_approvals_amount: 9_390 * OKU,
  refinancing_guarantee_amount: 3_620 * OKU,
  early_stage_businesses: 10_480,
  early_stage_amount: 1_176 * OKU,
  early_stage_new_businesses: 5_820,
  startup_guarantee_amount: 61 * OKU,
  small_business_amount: 6_310 * OKU,
  succession_seido_amount: 41 * OKU,
  no_personal_guarantee_count: 11_250,
  no_personal_guarantee_amount: 2_910 * OKU,
  e_application_institutions: 41,
  e_application_count: 31_400,
  e_certificate_institutions: 49,
  e_certificate_count: 112_800,
  // 経営支援部門
  expert_dispatch_businesses: 3_720,
  expert_dispatch_times: 7_860,
  support_meetings: 910,
  succession_desk_consultations: 734,
  overseas_desk_consultations: 96,
  // 期中管理部門
  condition_changes: 50_120,
  relaxed_terms_businesses: 17_310,
  accident_reports_cleared: 982,
  accident_report_businesses: 1_968,
  full_release_count: 836,
  double_guarantee_count: 8,
  // 回収部門
  servicer_recovery_amount: 67 * OKU,
  guideline_applications: 362,
  partial_payment_exemptions: 441,
  // 共通 (ＳＤＧｓ)
  sdgs_guarantee_amount: 82 * OKU,
  social_issue_seido_amount: 705 * OKU,
};

/**
 * FY2025 monthly actuals entered so far for one indicator: synthesizeMonthly over the annual
 * guess, first `fy2025MonthsEntered` months. `prior` is the FY2024 actual (used by balances).
 * Returns [] for an indicator without an annual guess.
 */
export function fy2025MonthlyActuals(code: string, aggregation: 'sum' | 'end', prior: number | null): number[] {
  const annual = fy2025AnnualGuess[code];
  if (annual === undefined) return [];
  return synthesizeMonthly(annual, aggregation, `fy2025:${code}`, { prior }).slice(0, fy2025MonthsEntered);
}

/** Drafts of the self-assessment written so far, by section key. Other sections: 未着手. */
export const fy2025DraftNarratives: Record<string, string> = {
  environment: [
    '令和 7 年度上半期の東京都内の景気は、緩やかな回復が続いているものの、米国の通商政策の影響や物価上昇の継続により、先行きには不透明感が残っています。',
    '中小企業者を取り巻く環境は、賃上げに伴う人件費の増加や価格転嫁の遅れ、人手不足などにより、引き続き厳しい状況にあります。',
  ].join('\n\n'),
  'kpi.approvals':
    '保証承諾額は、10 月末時点で前年同期をやや下回って推移しています。借換需要が一巡する中、東京都・区市町制度融資の活用推進や金融機関との連携強化により、下半期での計画達成を目指します。',
  'init.hosho.digitalisation':
    '保証申込手続の電子化は、取扱金融機関の拡大に伴い電子申請件数が順調に増加しています。引き続き未導入の金融機関への働きかけを行い、利便性向上を図ってまいります。',
};
