/** A header set the journal shares between entries: frozen, so no reader can change another's. */
export type HeaderSet = Readonly<Record<string, string>>

interface Kept {
  set: HeaderSet
  names: readonly string[]
}

/**
 * One frozen copy per distinct header set (same names, same order, same values) among the
 * `limit` sets kept: most answers of a service carry the same dozen security headers, and a
 * tenant's requests repeat theirs. Found by a cheap hash of names and values, then compared in
 * full, so a request pays no key string; past `limit` the oldest set is forgotten (the entries
 * that use it keep it).
 *
 * @example
 * const share = createHeaderSets(512)
 * share({ 'content-type': 'application/json' }) === share({ 'content-type': 'application/json' })
 */
export function createHeaderSets(limit: number): (headers: Record<string, string>) => HeaderSet {
  const byHash = new Map<number, Kept[]>()
  const order: number[] = []
  return (headers) => {
    const hash = hashOf(headers)
    const bucket = byHash.get(hash)
    if (bucket) for (const kept of bucket) if (same(kept, headers)) return kept.set
    const set = Object.freeze({ ...headers })
    const kept = { set, names: Object.keys(set) }
    if (bucket) bucket.push(kept)
    else byHash.set(hash, [kept])
    order.push(hash)
    if (order.length > limit) {
      const oldest = order.shift() as number
      const left = byHash.get(oldest)
      left?.shift()
      if (left?.length === 0) byHash.delete(oldest)
    }
    return set
  }
}

// Names, value lengths and a few characters of each value: enough to tell sets apart that
// differ in a tenant name, a Location or a Content-Length, without reading every character.
function hashOf(headers: Record<string, string>): number {
  let hash = 17
  for (const name in headers) {
    const value = headers[name] as string
    const n = value.length
    hash = (Math.imul(hash, 31) + name.length * 131 + n) | 0
    if (n > 0) {
      hash = (Math.imul(hash, 31) + value.charCodeAt(n - 1)) | 0
      hash = (Math.imul(hash, 31) + value.charCodeAt(n >> 1)) | 0
      hash = (Math.imul(hash, 31) + value.charCodeAt((n * 3) >> 2)) | 0
    }
  }
  return hash
}

function same({ set, names }: Kept, headers: Record<string, string>): boolean {
  let i = 0
  for (const name in headers) {
    if (names[i++] !== name || set[name] !== headers[name]) return false
  }
  return i === names.length
}
