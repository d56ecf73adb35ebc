// use-intl formats a message with values by looking up its compiled form under a key it builds
// from the message, the locale and every date, time and number format it knows
// (JSON.stringify on each call): on a page of a hundred rows that was 5–7 % of the server's CPU.
// The same message with the same plain values always reads the same, so its text is kept.

type Plain = string | number | boolean | null | undefined;
type Translator = ((key: string, values?: Record<string, unknown>, formats?: unknown) => string) & Record<string, unknown>;

/** Texts kept per locale and namespace; past the limit the oldest half goes. */
const LIMIT = 20_000;
const kept = new Map<string, string>();

const isPlain = (v: unknown): v is Plain => v === null || (typeof v !== 'object' && typeof v !== 'function');

function remember(k: string, text: string) {
  if (kept.size >= LIMIT) {
    let n = LIMIT / 2;
    for (const old of kept.keys()) {
      kept.delete(old);
      if (--n === 0) break;
    }
  }
  kept.set(k, text);
}

/**
 * `t` as it was, but a call with plain values (strings, numbers) gives the text kept from the
 * last identical call. Rich text, markup, formats and raw lookups go to `t` itself.
 */
export function memoTranslator<T>(t: T, locale: string, namespace: string | undefined): T {
  // In development the catalogue changes under a running server.
  if (process.env.NODE_ENV === 'development') return t;
  const inner = t as unknown as Translator;
  const prefix = `${locale}\u0000${namespace ?? ''}\u0000`;
  const memo = ((key: string, values?: Record<string, unknown>, formats?: unknown) => {
    if (formats !== undefined) return inner(key, values, formats);
    let k = prefix + key;
    if (values) {
      for (const name in values) {
        const v = values[name];
        if (!isPlain(v)) return inner(key, values);
        k += `\u0000${name}\u0001${v === null ? 'z' : (typeof v)[0]}${String(v)}`;
      }
    }
    const hit = kept.get(k);
    if (hit !== undefined) return hit;
    const text = inner(key, values);
    remember(k, text);
    return text;
  }) as Translator;
  for (const name of ['rich', 'markup', 'raw', 'has']) memo[name] = inner[name];
  return memo as unknown as T;
}
