import { describe, expect, it } from 'vitest';
import { DEFAULT_HEADING_PLAN, headingPlanProblem, withHeadingPlan } from './heading-plan';

describe('withHeadingPlan', () => {
  it("writes Tokyo's form by default", () => {
    expect(withHeadingPlan('保証承諾', '1 兆 2,000 億円', null)).toBe('保証承諾 （計画 1 兆 2,000 億円）');
    expect(withHeadingPlan('保証承諾', '1 兆 2,000 億円', DEFAULT_HEADING_PLAN)).toBe('保証承諾 （計画 1 兆 2,000 億円）');
  });
  it("follows the organisation's form, and adds nothing when the form is empty", () => {
    expect(withHeadingPlan('⑴ 保証承諾', '680 億円', '（計画：{plan}）')).toBe('⑴ 保証承諾（計画：680 億円）');
    expect(withHeadingPlan('保証承諾', '680 億円', '')).toBe('保証承諾');
  });
});

describe('headingPlanProblem', () => {
  it('asks a form that adds something to place the amount', () => {
    expect(headingPlanProblem('（計画）')).toBe('needsPlan');
    expect(headingPlanProblem('（計画 {plan}）')).toBeNull();
    expect(headingPlanProblem('')).toBeNull();
  });
});
