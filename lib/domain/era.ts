// Fiscal-year labels in the organisation's era style: 令和6年度, 2024年度, or both.
// 平成 years come from the same calendar (平成31年度 is FY2019, which is called 令和元年度).
import { warekiFiscalYear, warekiOfFiscalYear } from './fiscal-year';
import { toFullWidthDigits } from './numbering';
import type { EraStyle, HeadingDigits } from './types';

/** FY2024 → 令和6年度 (wareki), 2024年度 (seireki), 令和6年度（2024年度）(both); digits optionally full-width. */
export function fiscalYearLabel(fy: number, style: EraStyle = 'wareki', digits: HeadingDigits = 'half'): string {
  const label = style === 'seireki' ? `${fy}年度` : style === 'both' ? `${warekiFiscalYear(fy)}（${fy}年度）` : warekiFiscalYear(fy);
  return digits === 'full' ? toFullWidthDigits(label) : label;
}

/** A span of fiscal years: 令和4年度〜令和6年度, 2022年度〜2024年度. */
export function fiscalYearSpan(start: number, end: number, style: EraStyle = 'wareki'): string {
  return start === end ? fiscalYearLabel(start, style) : `${fiscalYearLabel(start, style)}〜${fiscalYearLabel(end, style)}`;
}

/**
 * Whether a title already names a fiscal year (「経営計画（平成27〜29年度）」 names FY2015, so does
 * 「2015〜2017年度 中期計画」): the plan's period then need not be printed after it again.
 */
export function titleNamesFiscalYear(title: string, fy: number): boolean {
  const s = title.normalize('NFKC');
  const { era, year } = warekiOfFiscalYear(fy);
  const eraYear = year === 1 ? '(?:元|1)' : String(year);
  return new RegExp(`(?<!\\d)${fy}(?!\\d)|${era}${eraYear}(?!\\d)`).test(s);
}

/**
 * Reads a fiscal-year label as people write it: 2024, 2024年度, FY2024, 令和6年度, 令和元年度,
 * 平成27年度, R6, H27 (full-width digits too). null when it is not a year label.
 */
export function parseFiscalYearLabel(input: string): number | null {
  const s = input.normalize('NFKC').trim().replace(/\s+/g, '');
  let m = /^(?:FY)?(\d{4})(?:年度?)?$/i.exec(s);
  if (m) return Number(m[1]);
  m = /^(令和|平成|昭和|R|H|S)(元|\d{1,2})(?:年度?)?$/i.exec(s);
  if (!m) return null;
  const base: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988, 昭和: 1925, S: 1925 };
  const year = m[2] === '元' ? 1 : Number(m[2]);
  const era = m[1]!.length === 1 ? m[1]!.toUpperCase() : m[1]!;
  const fy = base[era]! + year;
  // 平成31年度 ran into 令和 (FY2019); 平成32 and later never existed, nor 昭和65.
  if ((era === '平成' || era === 'H') && year > 31) return null;
  if ((era === '昭和' || era === 'S') && year > 64) return null;
  return year >= 1 ? fy : null;
}
