import { NextIntlClientProvider } from 'next-intl';
import { type ComponentProps, createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import jaDashboard from '@/messages/ja/dashboard.json';
import { translatorFor, useTranslations } from './use-translations';

const messages = { ...jaDashboard } as Record<string, unknown>;

/** The translators the marks were given, in render order. */
const seen: unknown[] = [];

function Mark({ trend }: { trend: 'better' | 'worse' }) {
  const t = useTranslations('marks.trend');
  seen.push(t);
  return h('span', null, t(trend));
}

function Heading() {
  const t = useTranslations('marks');
  return h('h2', null, t('status.ahead'));
}

describe('useTranslations', () => {
  it('builds a namespace translator once per messages object, locale and zone', () => {
    const a = translatorFor(messages, 'ja', 'Asia/Tokyo', 'marks.trend');
    expect(translatorFor(messages, 'ja', 'Asia/Tokyo', 'marks.trend')).toBe(a);
    expect(translatorFor(messages, 'ja', 'Asia/Tokyo', 'marks.status')).not.toBe(a);
    expect(translatorFor(messages, 'en', 'Asia/Tokyo', 'marks.trend')).not.toBe(a);
    // Another request's (or page's) messages: translators of their own.
    expect(translatorFor({ ...messages }, 'ja', 'Asia/Tokyo', 'marks.trend')).not.toBe(a);
  });

  it('gives every component under a provider the texts of its namespace, and one translator', () => {
    const html = renderToStaticMarkup(
      h(
        NextIntlClientProvider,
        { locale: 'ja', timeZone: 'Asia/Tokyo', messages } as ComponentProps<typeof NextIntlClientProvider>,
        h(Heading),
        h(Mark, { trend: 'better' }),
        h(Mark, { trend: 'worse' }),
      ),
    );
    const marks = (jaDashboard as { marks: { trend: Record<string, string>; status: Record<string, string> } }).marks;
    expect(html).toBe(`<h2>${marks.status.ahead}</h2><span>${marks.trend.better}</span><span>${marks.trend.worse}</span>`);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });
});
