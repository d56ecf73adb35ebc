import { describe, expect, it } from 'vitest';
import {
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

describe('fiscal months', () => {
  it('lists months April to March', () => {
    expect(FISCAL_MONTHS).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]);
    expect(Object.isFrozen(FISCAL_MONTHS)).toBe(true);
  });

  it('indexes months in fiscal order', () => {
    expect(fiscalMonthIndex(4)).toBe(0);
    expect(fiscalMonthIndex(12)).toBe(8);
    expect(fiscalMonthIndex(1)).toBe(9);
    expect(fiscalMonthIndex(3)).toBe(11);
    FISCAL_MONTHS.forEach((m, i) => {
      expect(fiscalMonthIndex(m)).toBe(i);
      expect(fiscalMonthAt(i)).toBe(m);
    });
  });

  it('refuses invalid months and indexes', () => {
    for (const bad of [0, 13, 1.5, Number.NaN, -1]) {
      expect(() => fiscalMonthIndex(bad)).toThrow(RangeError);
      expect(() => calendarYearOfFiscalMonth(2024, bad)).toThrow(RangeError);
      expect(() => monthLabel(bad, 'ja')).toThrow(RangeError);
    }
    for (const bad of [-1, 12, 0.5]) expect(() => fiscalMonthAt(bad)).toThrow(RangeError);
  });

  it('gives the calendar year of a fiscal month', () => {
    expect(calendarYearOfFiscalMonth(2024, 4)).toBe(2024);
    expect(calendarYearOfFiscalMonth(2024, 12)).toBe(2024);
    expect(calendarYearOfFiscalMonth(2024, 1)).toBe(2025);
    expect(calendarYearOfFiscalMonth(2024, 3)).toBe(2025);
  });
});

describe('fiscalYearOf', () => {
  it('switches on 1 April in Japan time', () => {
    expect(fiscalYearOf(new Date('2025-03-31T12:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2025-04-01T00:00:00+09:00'))).toBe(2025);
    expect(fiscalYearOf(new Date('2025-03-31T23:59:59.999+09:00'))).toBe(2024);
  });

  it('reads the instant in Asia/Tokyo, not UTC', () => {
    // 2025-03-31T15:00Z is 2025-04-01 00:00 in Tokyo
    expect(fiscalYearOf(new Date('2025-03-31T15:00:00Z'))).toBe(2025);
    expect(fiscalYearOf(new Date('2025-03-31T14:59:59Z'))).toBe(2024);
  });

  it('handles the calendar year boundary', () => {
    expect(fiscalYearOf(new Date('2024-12-31T23:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2025-01-01T00:00:00+09:00'))).toBe(2024);
    expect(fiscalYearOf(new Date('2024-12-31T15:00:00Z'))).toBe(2024); // 2025-01-01 JST
  });

  it('refuses an invalid date', () => {
    expect(() => fiscalYearOf(new Date('nope'))).toThrow(RangeError);
  });
});

describe('wareki', () => {
  it('names fiscal years in the Japanese calendar', () => {
    expect(warekiFiscalYear(2024)).toBe('令和6年度');
    expect(warekiFiscalYear(2025)).toBe('令和7年度');
    expect(warekiFiscalYear(2020)).toBe('令和2年度');
    expect(warekiFiscalYear(2018)).toBe('平成30年度');
  });

  it('uses the conventional name for years in which the era changed', () => {
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
    expect(warekiFiscalYear(1989)).toBe('平成元年度');
    expect(warekiFiscalYear(1988)).toBe('昭和63年度');
    expect(warekiFiscalYear(1990)).toBe('平成2年度');
  });

  it('returns era and numeric year', () => {
    expect(warekiOfFiscalYear(2019)).toEqual({ era: '令和', year: 1 });
    expect(warekiOfFiscalYear(2024)).toEqual({ era: '令和', year: 6 });
    expect(() => warekiOfFiscalYear(2024.5)).toThrow(RangeError);
  });
});

describe('formatFiscalYear', () => {
  it('shows both calendars', () => {
    expect(formatFiscalYear(2024, 'ja')).toBe('令和6年度 (2024年度)');
    expect(formatFiscalYear(2024, 'en')).toBe('FY2024 (Reiwa 6)');
    expect(formatFiscalYear(2019, 'ja')).toBe('令和元年度 (2019年度)');
    expect(formatFiscalYear(2019, 'en')).toBe('FY2019 (Reiwa 1)');
    expect(formatFiscalYear(2018, 'en')).toBe('FY2018 (Heisei 30)');
    expect(formatFiscalYear(1988, 'en')).toBe('FY1988 (Showa 63)');
  });
});

describe('monthLabel', () => {
  it('labels months', () => {
    expect(monthLabel(4, 'ja')).toBe('4月');
    expect(monthLabel(4, 'en')).toBe('Apr');
    expect(monthLabel(12, 'ja')).toBe('12月');
    expect(monthLabel(1, 'en')).toBe('Jan');
    expect(monthLabel(3, 'en')).toBe('Mar');
    expect(FISCAL_MONTHS.map((m) => monthLabel(m, 'en')).join(' ')).toBe('Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar');
  });
});
