// What an annual plan's report writes after the heading of a section that has an amount
// indicator: Tokyo's document writes 「保証承諾 （計画 1 兆 2,000 億円）」; another corporation may
// write 「（計画：…）」 or nothing. The organisation's form, {plan} standing for the amount.

export const DEFAULT_HEADING_PLAN = ' （計画 {plan}）';
export const HEADING_PLAN_MAX = 40;

/** The form's problem, if any: a form that adds something must say where the amount goes. */
export function headingPlanProblem(form: string): 'needsPlan' | null {
  return form !== '' && !form.includes('{plan}') ? 'needsPlan' : null;
}

/** The heading followed by the plan amount in the organisation's form (null: the default); '' adds nothing. */
export function withHeadingPlan(heading: string, amount: string, form: string | null): string {
  const f = form ?? DEFAULT_HEADING_PLAN;
  return f === '' ? heading : `${heading}${f.replaceAll('{plan}', amount)}`;
}
