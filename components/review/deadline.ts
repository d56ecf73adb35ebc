/** Whole days from `today` to a 'YYYY-MM-DD' deadline, counted in Japan's calendar. */
export function daysUntil(deadline: string | null, now: Date = new Date()): number | null {
  if (!deadline || !/^\d{4}-\d{2}-\d{2}/.test(deadline)) return null;
  const today = new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
  return Math.round((Date.parse(deadline.slice(0, 10)) - Date.parse(today)) / 86_400_000);
}
