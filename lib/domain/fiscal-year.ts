// Fiscal years (年度): April to March, named after the calendar year they start in
// (FY2024 = 令和6年度 = April 2024 – March 2025). Dates are read in Japan time.

/** Calendar months in fiscal order. */
export const FISCAL_MONTHS: readonly number[] = Object.freeze([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be an integer 1-12: ${month}`);
  }
}

/** Position of a calendar month in the fiscal year: 4 → 0, 12 → 8, 1 → 9, 3 → 11. */
export function fiscalMonthIndex(month: number): number {
  assertMonth(month);
  return (month + 8) % 12;
}

/** The calendar month at a fiscal position: 0 → 4, 11 → 3. */
export function fiscalMonthAt(index: number): number {
  const month = FISCAL_MONTHS[index];
  if (month === undefined || !Number.isInteger(index)) {
    throw new RangeError(`fiscal month index must be an integer 0-11: ${index}`);
  }
  return month;
}

/** The calendar year a month of fiscal year `fy` falls in: (2024, 4) → 2024, (2024, 3) → 2025. */
export function calendarYearOfFiscalMonth(fy: number, month: number): number {
  assertMonth(month);
  return month >= 4 ? fy : fy + 1;
}

/** Japan Standard Time is UTC+9 with no daylight saving (none since 1951). */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The fiscal year of an instant, in Asia/Tokyo time: 2025-03-31 → 2024, 2025-04-01 → 2025. */
export function fiscalYearOf(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('invalid date');
  const jst = new Date(time + JST_OFFSET_MS);
  const year = jst.getUTCFullYear();
  return jst.getUTCMonth() + 1 >= 4 ? year : year - 1;
}

const ERA_ROMAJI: Record<string, string> = {
  明治: 'Meiji',
  大正: 'Taisho',
  昭和: 'Showa',
  平成: 'Heisei',
  令和: 'Reiwa',
};

/** Built once (a formatter costs far more than a format) and its answers kept: pages ask for the same few years. */
let japaneseCalendar: Intl.DateTimeFormat | undefined;
const warekiKnown = new Map<number, { era: string; year: number }>();

/**
 * The Japanese era and era year of a fiscal year. The era is the one in effect on
 * 1 October, the middle of the fiscal year, which gives the conventional names:
 * FY2019 (starts in 平成31) is 令和元年度, FY1989 is 平成元年度.
 */
export function warekiOfFiscalYear(fy: number): { era: string; year: number } {
  if (!Number.isInteger(fy)) throw new RangeError(`fiscal year must be an integer: ${fy}`);
  const known = warekiKnown.get(fy);
  if (known) return { ...known };
  japaneseCalendar ??= new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'Asia/Tokyo' });
  const format = japaneseCalendar;
  // 12:00 JST on 1 October of the fiscal year's first calendar year.
  const date = new Date(Date.UTC(fy, 9, 1, 3));
  // Date.UTC maps years 0-99 to 1900-1999; set the year explicitly.
  date.setUTCFullYear(fy);
  const parts = format.formatToParts(date);
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const yearText = parts.find((p) => p.type === 'year')?.value ?? '';
  const year = yearText === '元' ? 1 : Number.parseInt(yearText, 10);
  if (!era || !Number.isFinite(year)) throw new RangeError(`no Japanese era for FY${fy}`);
  warekiKnown.set(fy, { era, year });
  return { era, year };
}

/** 2024 → `令和6年度`, 2019 → `令和元年度`, 2018 → `平成30年度`. */
export function warekiFiscalYear(fy: number): string {
  const { era, year } = warekiOfFiscalYear(fy);
  return `${era}${year === 1 ? '元' : year}年度`;
}

/** ja: `令和6年度 (2024年度)`; en: `FY2024 (Reiwa 6)`. */
export function formatFiscalYear(fy: number, locale: 'ja' | 'en'): string {
  if (locale === 'ja') return `${warekiFiscalYear(fy)} (${fy}年度)`;
  const { era, year } = warekiOfFiscalYear(fy);
  return `FY${fy} (${ERA_ROMAJI[era] ?? era} ${year})`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 4 → `4月` (ja) / `Apr` (en). */
export function monthLabel(month: number, locale: 'ja' | 'en'): string {
  assertMonth(month);
  if (locale === 'ja') return `${month}月`;
  return EN_MONTHS[month - 1] ?? String(month);
}
