// Public surface of the pure domain library.

export * from './types';
export {
  MISSING_MARK,
  NEGATIVE_MARK,
  formatCount,
  formatInUnit,
  formatIndicatorValue,
  formatScaled,
  formatYen,
} from './money';
export type { Rounding } from './money';
export {
  DEFAULT_TOLERANCE_TENTHS,
  changeAmount,
  cumulative,
  formatRatio,
  pacePoints,
  planPace,
  progressStatus,
  ratioTenths,
} from './ratio';
export {
  FISCAL_MONTHS,
  calendarYearOfFiscalMonth,
  fiscalMonthAt,
  fiscalMonthIndex,
  fiscalYearOf,
  formatFiscalYear,
  monthLabel,
  warekiFiscalYear,
  warekiOfFiscalYear,
} from './fiscal-year';
export { DEFAULT_UNIT_SCALE, PARSE_ERROR_CODES, parseNumberInput } from './parse-number';
export type { ParseErrorCode, ParseNumberResult } from './parse-number';
