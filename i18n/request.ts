import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { MESSAGE_AREAS } from '@/messages/areas';
import { LOCALE_COOKIE, resolveLocale } from './locale';

export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const parts = await Promise.all(MESSAGE_AREAS.map(async (area) => (await import(`../messages/${locale}/${area}.json`)).default));
  return { locale, messages: Object.assign({}, ...parts), timeZone: 'Asia/Tokyo' };
});
