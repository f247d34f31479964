/** What a cached row holds: its stored JSON text, or null for a row known to be absent. */
type Row = string | null

interface TenantRows {
  generation: number
  rows: Map<string, Row>
}

export interface RowCacheOptions {
  /** Rows kept across all tenants; past it, the tenant filled longest ago is dropped whole. */
  maxRows: number
  /** Longer texts are not kept (parsing them costs more than reading them again). */
  maxTextLength: number
}

/** The texts of recently read rows, per tenant, valid for one write generation of the tenant. */
export interface RowCache {
  /** The row read at `generation`, or undefined when not cached (or cached at another one). */
  get(tenant: string, generation: number, key: string): Row | undefined
  set(tenant: string, generation: number, key: string, row: Row): void
}

/**
 * The stored *text* of rows, never a parsed value: each read parses its own copy, so no caller can
 * change what another reads. A tenant's rows are dropped as soon as its write generation moves
 * (any write of the tenant, another connection's commit), so a hit is always what SQLite holds.
 *
 * @example
 * const cache = rowCache({ maxRows: 4096, maxTextLength: 16 * 1024 })
 * const text = cache.get(tenant, generations.of(tenant), key) ?? readFromSqlite()
 */
export function rowCache({ maxRows, maxTextLength }: RowCacheOptions): RowCache {
  const byTenant = new Map<string, TenantRows>()
  let size = 0
  const drop = (tenant: string) => {
    const found = byTenant.get(tenant)
    if (!found) return
    size -= found.rows.size
    byTenant.delete(tenant)
  }
  return {
    get(tenant, generation, key) {
      const found = byTenant.get(tenant)
      if (!found) return undefined
      if (found.generation === generation) return found.rows.get(key)
      drop(tenant)
      return undefined
    },
    set(tenant, generation, key, row) {
      if (row !== null && row.length > maxTextLength) return
      let found = byTenant.get(tenant)
      if (found && found.generation !== generation) {
        drop(tenant)
        found = undefined
      }
      if (!found) {
        found = { generation, rows: new Map() }
        byTenant.set(tenant, found)
      }
      if (!found.rows.has(key)) size++
      found.rows.set(key, row)
      while (size > maxRows) {
        const oldest = byTenant.keys().next().value as string
        if (oldest !== tenant) {
          drop(oldest)
        } else if (byTenant.size > 1) {
          // The tenant being read goes last: the others were filled longer ago.
          byTenant.delete(tenant)
          byTenant.set(tenant, found)
        } else {
          // One tenant reading more rows than the whole cache holds keeps only this one.
          found.rows.clear()
          found.rows.set(key, row)
          size = 1
        }
      }
    },
  }
}
