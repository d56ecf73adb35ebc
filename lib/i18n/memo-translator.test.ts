import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import enDashboard from '@/messages/en/dashboard.json';
import enFigures from '@/messages/en/figures.json';
import jaDashboard from '@/messages/ja/dashboard.json';
import jaFigures from '@/messages/ja/figures.json';
import { memoTranslator } from './memo-translator';

const messages = { ja: { ...jaDashboard, ...jaFigures }, en: { ...enDashboard, ...enFigures } };

type T = ((key: string, values?: Record<string, unknown>) => string) & {
  raw(key: string): unknown;
  has(key: string): boolean;
  rich: unknown;
};

/** next-intl's own translator for a namespace, counting the calls that reach it. */
function counted(locale: 'ja' | 'en', namespace: string) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: namespace as never, timeZone: 'Asia/Tokyo' }) as unknown as T;
  const calls = { n: 0 };
  const inner = Object.assign((...a: unknown[]) => {
    calls.n++;
    return (t as (...a: unknown[]) => string)(...a);
  }, t);
  return { t, inner, calls };
}

describe('memoTranslator', () => {
  it('gives the same text as next-intl for every plain call, and answers a repeated call without it', () => {
    const { t, inner, calls } = counted('ja', 'figures');
    const memo = memoTranslator(inner, 'ja', 'figures-test-1') as T;
    for (let round = 0; round < 3; round++) for (const month of [4, 10, 12, 3]) expect(memo('asOf', { month })).toBe(t('asOf', { month }));
    expect(memo('asOf', { month: 10 })).toBe('10月末');
    // Four distinct calls reached next-intl once each; the other eight were kept texts.
    expect(calls.n).toBe(4);
  });

  it('keeps texts apart by locale, namespace, key and values', () => {
    const ja = counted('ja', 'dashboard');
    const en = counted('en', 'dashboard');
    const mja = memoTranslator(ja.inner, 'ja', 'dashboard-test') as T;
    const men = memoTranslator(en.inner, 'en', 'dashboard-test') as T;
    expect(mja('monthly.monthLabel', { month: 5 })).toBe(ja.t('monthly.monthLabel', { month: 5 }));
    expect(men('monthly.monthLabel', { month: 5 })).toBe(en.t('monthly.monthLabel', { month: 5 }));
    expect(men('monthly.monthLabel', { month: 5 })).not.toBe(mja('monthly.monthLabel', { month: 5 }));
    expect(mja('monthly.monthLabel', { month: 6 })).toBe(ja.t('monthly.monthLabel', { month: 6 }));
    // A number and the string of its digits are different values to the cache.
    expect(mja('monthly.monthLabel', { month: '7' })).toBe(ja.t('monthly.monthLabel', { month: '7' }));
    expect(ja.calls.n).toBe(3);
  });

  it('does not keep calls whose values are not plain, and passes rich, raw and has through', () => {
    const { t, inner, calls } = counted('ja', 'figures');
    const memo = memoTranslator(inner, 'ja', 'figures-test-2') as T;
    const month = { toString: () => '9' };
    memo('asOf', { month } as never);
    memo('asOf', { month } as never);
    expect(calls.n).toBe(2);
    expect(memo.raw('asOf')).toBe('{month}月末');
    expect(memo.has('asOf')).toBe(true);
    expect(memo.has('no.such.key')).toBe(false);
    expect(memo.rich).toBe(t.rich);
  });
});
