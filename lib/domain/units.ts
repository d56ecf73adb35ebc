// The unit words of indicator values, as the documents print them: the one table that the
// formatter (money.ts), the parser (parse-number.ts) and the workbook (lib/excel) read.
import type { IndicatorUnit } from './types';

export const UNIT_WORD: Readonly<Record<IndicatorUnit, string>> = Object.freeze({
  yen: '円',
  cases: '件',
  businesses: '者',
  companies: '社',
  clients: '先',
  institutions: '機関',
  times: '回',
  multiple: '倍',
  percent: '％',
});
