// What a function makes of an object, made once per object and kept as long as the object is:
// a page's unchanged data, rendered again, reuses what was derived from it (its figures, the
// checker's view of it, a database handle's prepared queries). A WeakMap, so nothing is kept
// for an object nobody holds any more.

/** `make`, called once per key object. `make` must depend on nothing but its key. */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}
