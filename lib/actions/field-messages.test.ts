import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import ja from '@/messages/ja/core.json';
import { fieldMessageKey } from './field-messages';

const fields = ja.errors.fields as Record<string, string>;
const has = (k: string) => k in fields;
const keysFor = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues.map((i) => fieldMessageKey(i, has));
};

describe('fieldMessageKey', () => {
  it('tells a long text from a big number and a long list', () => {
    expect(keysFor(z.object({ s: z.string().max(3) }), { s: 'abcd' })).toEqual(['too_big']);
    expect(keysFor(z.object({ n: z.number().max(3) }), { n: 4 })).toEqual(['too_big_number']);
    expect(keysFor(z.object({ n: z.number().nonnegative() }), { n: -1 })).toEqual(['too_small_number']);
    expect(keysFor(z.array(z.string()).max(1), ['a', 'b'])).toEqual(['too_big_array']);
  });

  it('names enums, patterns, unknown keys and wrong types', () => {
    expect(keysFor(z.object({ e: z.enum(['a', 'b']) }), { e: 'c' })).toEqual(['invalid_value']);
    expect(keysFor(z.object({ c: z.string().regex(/^[a-z]+$/) }), { c: 'A!' })).toEqual(['invalid_format']);
    expect(keysFor(z.object({}).strict(), { extra: 1 })).toEqual(['unrecognized_keys']);
    expect(keysFor(z.object({ n: z.number() }), { n: '１' })).toEqual(['invalid_type']);
  });

  it("uses a refinement's own key, and a general one for a refinement without a key", () => {
    expect(
      keysFor(
        z.string().refine(() => false, { message: 'date' }),
        'x',
      ),
    ).toEqual(['date']);
    expect(
      keysFor(
        z.string().refine(() => false, { message: 'no such key' }),
        'x',
      ),
    ).toEqual(['custom']);
    expect(
      keysFor(
        z.string().refine(() => false),
        'x',
      ),
    ).toEqual(['custom']);
  });

  it('every key it can give has a Japanese and an English text', async () => {
    const en = (await import('@/messages/en/core.json')).default.errors.fields as Record<string, string>;
    for (const key of [
      'invalid',
      'custom',
      'too_big',
      'too_big_number',
      'too_big_array',
      'too_small',
      'too_small_number',
      'too_small_array',
      'invalid_type',
      'invalid_value',
      'invalid_format',
      'unrecognized_keys',
      'invalid_union',
      'invalid_key',
      'invalid_element',
      'not_multiple_of',
      'date',
      'duplicateGrade',
      'pairNeedsMeasure',
    ]) {
      expect(fields[key], key).toMatch(/\S/);
      expect(en[key], key).toMatch(/\S/);
    }
  });
});
