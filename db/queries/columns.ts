// Projections more than one query selects: one definition, so that a new column reaches every
// page that reads indicators (the dashboards, the report, the entry screens, the plan admin).
import { indicators, indicatorValues } from '../schema';

/** What identifies an indicator and says how its numbers are read, compared and shown. */
export const indicatorColumns = {
  id: indicators.id,
  sectionId: indicators.sectionId,
  code: indicators.code,
  name: indicators.name,
  unit: indicators.unit,
  scale: indicators.scale,
  direction: indicators.direction,
  ratioRounding: indicators.ratioRounding,
  yenPrecision: indicators.yenPrecision,
  pairKey: indicators.pairKey,
  measure: indicators.measure,
  aggregation: indicators.aggregation,
  numeratorId: indicators.numeratorId,
  denominatorId: indicators.denominatorId,
};

/** One fiscal year's values of an indicator (from a join on indicator_values). */
export const yearValueColumns = {
  planValue: indicatorValues.planValue,
  actualValue: indicatorValues.actualValue,
  priorActualValue: indicatorValues.priorActualValue,
};
