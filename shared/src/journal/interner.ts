/**
 * The one kept value for a key; on a miss, `make` is given the key as kept: `own(key)`, e.g.
 * {@link detach} for a key sliced out of a longer string.
 */
export type Interner<T> = (
  key: string,
  make: (key: string) => T,
  own?: (key: string) => string,
) => T

/**
 * One shared value per distinct key among the `limit` keys kept, so entries that carry the same
 * header set or path point at one copy instead of holding their own. Bounded: past `limit` the
 * oldest key is forgotten (first in, first out: a key still in use comes back on its next miss),
 * and values already handed out stay valid.
 *
 * @example
 * const paths = createInterner<string>(1_024)
 * paths(c.req.path, (own) => own, detach)
 */
export function createInterner<T>(limit: number): Interner<T> {
  const kept = new Map<string, T>()
  return (key, make, own = (k) => k) => {
    const hit = kept.get(key)
    if (hit !== undefined) return hit
    const keptKey = own(key)
    const value = make(keptKey)
    kept.set(keptKey, value)
    if (kept.size > limit) {
      const oldest = kept.keys().next().value
      if (oldest !== undefined) kept.delete(oldest)
    }
    return value
  }
}

/**
 * A copy of a string that holds on to nothing else. V8 makes `slice`, `path` of a URL and regex
 * matches point into the string they were cut from, so keeping a short path can keep a whole URL
 * (or a 64 KiB body) alive; a copy made through JSON is a string of its own.
 */
export function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}
