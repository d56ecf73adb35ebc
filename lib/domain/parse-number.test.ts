import { describe, expect, it } from 'vitest';
import type { IndicatorUnit } from './types';
import { DEFAULT_UNIT_SCALE, PARSE_ERROR_CODES, type ParseErrorCode, parseNumberInput } from './parse-number';

type Opts = { unit: IndicatorUnit; scale?: number; allowNegative?: boolean };
const yen: Opts = { unit: 'yen' };
const yenNeg: Opts = { unit: 'yen', allowNegative: true };
const cases: Opts = { unit: 'cases' };

function ok(input: string, opts: Opts, value: number): void {
  expect(parseNumberInput(input, opts), JSON.stringify(input)).toEqual({ ok: true, value });
}
function err(input: string, opts: Opts, error: ParseErrorCode): void {
  expect(parseNumberInput(input, opts), JSON.stringify(input)).toEqual({ ok: false, error });
}

describe('parseNumberInput: plain numbers', () => {
  it('accepts ASCII and full-width digits', () => {
    ok('1064', cases, 1064);
    ok('１０６４', cases, 1064);
    ok('0', cases, 0);
    ok('007', cases, 7);
    ok('１2３', cases, 123);
  });

  it('accepts commas in 3-digit groups, ASCII or full-width', () => {
    ok('1,064', cases, 1064);
    ok('74,291', cases, 74291);
    ok('1,234,567', cases, 1234567);
    ok('１，０６４', cases, 1064);
    ok('461,581件', cases, 461581);
  });

  it('trims surrounding spaces, including full-width', () => {
    ok('  1,064  ', cases, 1064);
    ok('\u30001064\u3000', cases, 1064);
    ok('\t835回\n', { unit: 'times' }, 835);
  });

  it('refuses malformed comma grouping', () => {
    err('1,06,4', cases, 'bad_grouping');
    err('10,64', cases, 'bad_grouping');
    err('1064,', cases, 'bad_grouping');
    err(',1064', cases, 'bad_grouping');
    err('1,0644', cases, 'bad_grouping');
    err('1234,567', cases, 'bad_grouping');
    err('1,,064', cases, 'bad_grouping');
    err('1.1,3', { unit: 'multiple' }, 'bad_grouping');
  });

  it('refuses empty input', () => {
    err('', cases, 'empty');
    err('   ', cases, 'empty');
    err('\u3000', yen, 'empty');
  });

  it('refuses invalid characters', () => {
    err('12abc', cases, 'invalid_char');
    err('1e5', cases, 'invalid_char');
    err('約100', cases, 'invalid_char');
    err('100十', yen, 'invalid_char');
    err('①', cases, 'invalid_char');
    err('1_000', cases, 'invalid_char');
    err('5ー', yenNeg, 'invalid_char'); // ー only as a leading minus
  });

  it('refuses known characters in a wrong arrangement', () => {
    err('1 064', cases, 'invalid_format');
    err('1, 064', cases, 'invalid_format');
    err('-', yenNeg, 'invalid_format');
    err('△', yenNeg, 'invalid_format');
    err('件', cases, 'invalid_format');
    err('円', yen, 'invalid_format');
    err('億', yen, 'invalid_format');
    err('1.', { unit: 'multiple' }, 'invalid_format');
    err('.5', { unit: 'multiple' }, 'invalid_format');
    err('5円5', yen, 'invalid_format');
    err('5件件', cases, 'invalid_format');
    err('1-2', yenNeg, 'invalid_format');
    err('--5', yenNeg, 'invalid_format');
    err('5-', yenNeg, 'invalid_format');
    err('1億万', yen, 'invalid_format');
    err('5円億', yen, 'invalid_format');
  });
});

describe('parseNumberInput: negatives', () => {
  it.each(['△5', '▲5', '-5', '−5', '－5', 'ー5', '‐5', '△ 5', '- 5', '  △5  '])('accepts %j as -5 when allowed', (input) =>
    ok(input, yenNeg, -5),
  );

  it('accepts the reference style △ with spaces', () => {
    ok('△ 6 億 8,700 万円', yenNeg, -687000000);
    ok('△24億1,900万円', yenNeg, -2419000000);
  });

  it('refuses negatives when not allowed', () => {
    err('△5', yen, 'negative_not_allowed');
    err('-5', cases, 'negative_not_allowed');
    err('ー1億', { unit: 'yen', allowNegative: false }, 'negative_not_allowed');
    err('-1.5', cases, 'negative_not_allowed');
  });

  it('treats minus zero as zero', () => {
    const result = parseNumberInput('-0', cases);
    expect(result).toEqual({ ok: true, value: 0 });
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
    ok('△0円', yenNeg, 0);
  });

  it('accepts a leading plus', () => {
    ok('+5', cases, 5);
    ok('＋5', cases, 5);
    err('+-5', yenNeg, 'invalid_format');
  });
});

describe('parseNumberInput: 兆/億/万 yen', () => {
  it('accepts amounts as written in the document', () => {
    ok('1兆1064億', yen, 1106400000000);
    ok('1兆1,064億円', yen, 1106400000000);
    ok('1 兆 1,064 億円', yen, 1106400000000);
    ok('5兆', yen, 5000000000000);
    ok('5兆円', yen, 5000000000000);
    ok('583億8,000万円', yen, 58380000000);
    ok('1,269億5,300万円', yen, 126953000000);
    ok('3,699億5,600万円', yen, 369956000000);
    ok('１兆２，０００億円', yen, 1200000000000);
    ok('0円', yen, 0);
    ok('1,064', yen, 1064);
  });

  it('accepts every combination of parts down to yen', () => {
    ok('1億2,345万6,789円', yen, 123456789);
    ok('1億2345万6789', yen, 123456789);
    ok('1兆5万', yen, 1000000050000);
    ok('1億5', yen, 100000005);
    ok('3万', yen, 30000);
    ok('1兆0億', yen, 1e12);
    ok('12,000億', yen, 1.2e12); // the leading part may be 10,000 or more
  });

  it('accepts decimals when the result is whole yen', () => {
    ok('1.5億', yen, 150000000);
    ok('1.5億円', yen, 150000000);
    ok('0.0001億', yen, 10000);
    ok('1.2345万', yen, 12345);
    ok('1億2.5万', yen, 100025000);
    ok('1.00000000億', yen, 100000000);
  });

  it('refuses decimals that leave a fraction of a yen', () => {
    err('1.23456万', yen, 'fraction_of_yen');
    err('0.000000001億', yen, 'fraction_of_yen');
  });

  it('refuses units out of order or repeated', () => {
    err('1億2兆', yen, 'bad_unit_order');
    err('1万2億', yen, 'bad_unit_order');
    err('1億2億', yen, 'bad_unit_order');
    err('1億億', yen, 'bad_unit_order');
    err('1万億', yen, 'bad_unit_order');
    err('1兆2億3兆', yen, 'bad_unit_order');
  });

  it('refuses a part of 10,000 or more after a larger unit', () => {
    err('1兆12000億', yen, 'part_out_of_range');
    err('1億10000万', yen, 'part_out_of_range');
    err('1万12345', yen, 'part_out_of_range');
    err('1億12345', yen, 'part_out_of_range');
    ok('1億9,999万9,999', yen, 199999999);
  });

  it('refuses 兆/億/万 on other units', () => {
    err('5万件', cases, 'large_unit_not_yen');
    err('1億', { unit: 'percent' }, 'large_unit_not_yen');
    err('万', cases, 'large_unit_not_yen');
    err('3兆回', { unit: 'times' }, 'large_unit_not_yen');
  });

  it('refuses more than Number.MAX_SAFE_INTEGER', () => {
    ok('9007199254740991', yen, Number.MAX_SAFE_INTEGER);
    err('9007199254740992', yen, 'too_large');
    err('10000兆', yen, 'too_large');
    ok('9,007兆1,992億5,474万991円', yen, Number.MAX_SAFE_INTEGER);
    err('99999999999999999999999', cases, 'too_large');
    err('-9007199254740992', yenNeg, 'too_large');
    ok('-9007199254740991', yenNeg, -Number.MAX_SAFE_INTEGER);
  });
});

describe('parseNumberInput: decimals and scale', () => {
  const multiple: Opts = { unit: 'multiple' };
  const percent: Opts = { unit: 'percent' };

  it('returns the stored integer for scaled units', () => {
    ok('1.13', multiple, 113);
    ok('1.13倍', multiple, 113);
    ok('1.1', multiple, 110);
    ok('1', multiple, 100);
    ok('1.130', multiple, 113); // trailing zeros are fine
    ok('21.1', percent, 211);
    ok('21.1%', percent, 211);
    ok('21.1％', percent, 211);
    ok('２１．１％', percent, 211);
    ok('100', percent, 1000);
    ok('1,234.5%', percent, 12345);
    ok('0.5', percent, 5);
  });

  it('refuses too many decimals for the scale', () => {
    err('1.134', multiple, 'too_many_decimals');
    err('21.15', percent, 'too_many_decimals');
    err('21.15%', percent, 'too_many_decimals');
  });

  it('honours an explicit scale', () => {
    ok('1.5', { unit: 'cases', scale: 1 }, 15);
    ok('1.234', { unit: 'multiple', scale: 3 }, 1234);
    err('1.1', { unit: 'percent', scale: 0 }, 'decimal_not_allowed');
    expect(() => parseNumberInput('1', { unit: 'cases', scale: -1 })).toThrow(RangeError);
    expect(() => parseNumberInput('1', { unit: 'cases', scale: 1.5 })).toThrow(RangeError);
  });

  it('refuses decimals for whole-number units', () => {
    err('1.5', cases, 'decimal_not_allowed');
    err('1.5件', cases, 'decimal_not_allowed');
    err('1.5', yen, 'decimal_not_allowed');
    err('1.5円', yen, 'decimal_not_allowed');
    err('2.5回', { unit: 'times' }, 'decimal_not_allowed');
    ok('5.0件', cases, 5);
    ok('5.00', yen, 5);
  });

  it('refuses more than one decimal point', () => {
    err('1.2.3', multiple, 'multiple_decimal_points');
    err('1..2', multiple, 'multiple_decimal_points');
    err('1.5億2.5万', yen, 'multiple_decimal_points');
  });
});

describe('parseNumberInput: unit words', () => {
  it('accepts the word of each unit', () => {
    ok('74,291件', cases, 74291);
    ok('10,690者', { unit: 'businesses' }, 10690);
    ok('128社', { unit: 'companies' }, 128);
    ok('5,907先', { unit: 'clients' }, 5907);
    ok('１２機関', { unit: 'institutions' }, 12);
    err('12機', { unit: 'institutions' }, 'unit_mismatch');
    err('12機関機関', { unit: 'institutions' }, 'invalid_format');
    ok('835回', { unit: 'times' }, 835);
    ok('835 回', { unit: 'times' }, 835);
    ok('1.13 倍', { unit: 'multiple' }, 113);
    ok('5円', yen, 5);
  });

  it('refuses a word of another unit', () => {
    err('5件', yen, 'unit_mismatch');
    err('5円', cases, 'unit_mismatch');
    err('5%', { unit: 'multiple' }, 'unit_mismatch');
    err('5倍', { unit: 'percent' }, 'unit_mismatch');
    err('5者', { unit: 'times' }, 'unit_mismatch');
    err('1億件', yen, 'unit_mismatch');
  });
});

describe('PARSE_ERROR_CODES', () => {
  it('lists unique codes, each one reachable', () => {
    expect(new Set(PARSE_ERROR_CODES).size).toBe(PARSE_ERROR_CODES.length);
    const samples: Record<ParseErrorCode, [string, Opts]> = {
      empty: ['', yen],
      invalid_char: ['12abc', yen],
      invalid_format: ['1 2', yen],
      bad_grouping: ['1,06,4', yen],
      multiple_decimal_points: ['1.2.3', { unit: 'multiple' }],
      too_many_decimals: ['1.134', { unit: 'multiple' }],
      decimal_not_allowed: ['1.5', cases],
      fraction_of_yen: ['1.23456万', yen],
      bad_unit_order: ['1億2兆', yen],
      part_out_of_range: ['1兆12000億', yen],
      large_unit_not_yen: ['5万', cases],
      negative_not_allowed: ['△5', yen],
      unit_mismatch: ['5件', yen],
      too_large: ['10000兆', yen],
    };
    for (const code of PARSE_ERROR_CODES) {
      const [input, opts] = samples[code];
      expect(parseNumberInput(input, opts), code).toEqual({ ok: false, error: code });
    }
  });

  it('defaults the scale per unit', () => {
    expect(DEFAULT_UNIT_SCALE).toEqual({
      yen: 0,
      cases: 0,
      businesses: 0,
      companies: 0,
      clients: 0,
      institutions: 0,
      times: 0,
      multiple: 2,
      percent: 1,
    });
  });

  it('reads every table unit as the same amount: 68,000百万円 = 680億円 = 6,800,000万円', () => {
    const yen = { unit: 'yen' as const };
    const amount = { ok: true, value: 68_000_000_000 };
    for (const input of [
      '68,000百万円',
      '680億円',
      '6,800,000万円',
      '68,000,000千円',
      '６８，０００百万円',
      '68000百万',
      '68,000,000,000円',
    ])
      expect(parseNumberInput(input, yen), input).toEqual(amount);
    expect(parseNumberInput('1.5百万円', yen)).toEqual({ ok: true, value: 1_500_000 });
    expect(parseNumberInput('12千万円', yen)).toEqual({ ok: true, value: 120_000_000 });
    expect(parseNumberInput('△1,200千円', { ...yen, allowNegative: true })).toEqual({ ok: true, value: -1_200_000 });
    expect(parseNumberInput('1.2345千円', yen)).toEqual({ ok: false, error: 'fraction_of_yen' });
    expect(parseNumberInput('5百万件', { unit: 'cases' })).toEqual({ ok: false, error: 'large_unit_not_yen' });
    expect(parseNumberInput('1億2百万円', yen)).toEqual({ ok: false, error: 'invalid_format' });
    expect(parseNumberInput('△5千円', yen)).toEqual({ ok: false, error: 'negative_not_allowed' });
  });
});
