// Times are stored in UTC and shown in Japan time, the same on the server and in the browser.
const hm = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', hour12: false });
const ymdhm = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const parse = (iso: string) => new Date(/Z$|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);

/** `14:05` */
export const formatTime = (iso: string) => hm.format(parse(iso));
/** Formatted times by stored value: a section's history prints each of its versions' times three times. */
const KEEP = 1000;
const dateTimes = new Map<string, string>();

/** `2025/11/25 14:05` */
export function formatDateTime(iso: string): string {
  let text = dateTimes.get(iso);
  if (text === undefined) {
    text = ymdhm.format(parse(iso));
    if (dateTimes.size >= KEEP) dateTimes.clear();
    dateTimes.set(iso, text);
  }
  return text;
}
