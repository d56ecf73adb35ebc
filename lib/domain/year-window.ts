/** How many years a year switch shows as buttons; the others are one disclosure away. */
export const YEAR_WINDOW = 5;

/**
 * The years a switch shows at once: up to `size` consecutive entries of the list around the
 * current one (the current one in the middle where the list allows, the list's own order kept),
 * and the rest. An organisation with twenty years of records gets five buttons and a menu, not
 * three wrapped rows of twenty. Without a current entry in the list, the first `size` are shown.
 */
export function yearWindow<T>(years: readonly T[], isCurrent: (y: T) => boolean, size = YEAR_WINDOW): { shown: T[]; hidden: T[] } {
  if (years.length <= size) return { shown: [...years], hidden: [] };
  const at = years.findIndex(isCurrent);
  const start = at < 0 ? 0 : Math.min(Math.max(0, at - Math.floor(size / 2)), years.length - size);
  return { shown: years.slice(start, start + size), hidden: [...years.slice(0, start), ...years.slice(start + size)] };
}
