// The templates Hyoka ships, as data files (lib/plans/templates/*.json, the format of
// template-file.ts): a six-chapter outline with the four core KPIs, 決算概要 and department
// groups, and a neutral four-chapter one. An organisation may import its own file instead.
import neutral from './templates/neutral.json';
import standard from './templates/standard.json';
import { type PlanTemplate, templateSchema } from './template-file';
import { BUILT_IN_TEMPLATES, type BuiltInTemplate } from './template-names';

export { BUILT_IN_TEMPLATES, type BuiltInTemplate };

const FILES: Record<BuiltInTemplate, unknown> = { standard, neutral };

/** A shipped template, checked with the same schema as an imported file. */
export function builtInTemplate(name: BuiltInTemplate): PlanTemplate {
  return templateSchema.parse(FILES[name]);
}

/** A starting rating scale; each organisation edits it per plan. */
export const DEFAULT_RATING_SCALE: { grade: string; meaning: string }[] = [
  { grade: 'S', meaning: '計画を大きく上回った' },
  { grade: 'A', meaning: '計画を達成した' },
  { grade: 'B', meaning: '概ね計画どおり' },
  { grade: 'C', meaning: '計画を下回った' },
];
