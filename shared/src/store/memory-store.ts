import { keptViews } from './kept-views'
import { publishPutRecords } from './put-records'
import type { Store, StoredRecord, TenantStore } from './store'
import { generationCounter } from './write-generation'

interface Row {
  seq: number
  json: string
}

/**
 * In-memory store for tests and in-process sandboxes. Values are kept as JSON text so callers get
 * copies, exactly as from SQLite: mutating a returned object never changes stored state.
 *
 * @example
 * const store = createMemoryStore()
 * await store.forTenant('default').put('accounts', 'a1', { id: 'a1' })
 */
export function createMemoryStore(): Store {
  const tenants = new Map<string, Map<string, Map<string, Row>>>()
  let seq = 0
  const generations = generationCounter()

  const EMPTY: ReadonlyMap<string, Row> = new Map()
  // Reads never create a tenant, so listTenants names only tenants that hold records.
  const readable = (tenant: string, collection: string): ReadonlyMap<string, Row> =>
    tenants.get(tenant)?.get(collection) ?? EMPTY
  const writable = (tenant: string, collection: string): Map<string, Row> => {
    let byCollection = tenants.get(tenant)
    if (!byCollection) {
      byCollection = new Map()
      tenants.set(tenant, byCollection)
    }
    let rows = byCollection.get(collection)
    if (!rows) {
      rows = new Map()
      byCollection.set(collection, rows)
    }
    return rows
  }

  const putRow = (tenant: string, collection: string, id: string, value: unknown) => {
    const rows = writable(tenant, collection)
    rows.set(id, { seq: rows.get(id)?.seq ?? ++seq, json: JSON.stringify(value) })
  }

  const forTenant = (tenant: string): TenantStore => {
    const view = generations.publish({
      tenant,
      async get<T>(collection: string, id: string) {
        const row = readable(tenant, collection).get(id)
        return row ? (JSON.parse(row.json) as T) : undefined
      },
      async put<T>(collection: string, id: string, value: T) {
        putRow(tenant, collection, id, value)
        generations.touch(tenant)
      },
      async insert<T>(collection: string, id: string, value: T) {
        const rows = writable(tenant, collection)
        if (rows.has(id)) return false
        rows.set(id, { seq: ++seq, json: JSON.stringify(value) })
        generations.touch(tenant)
        return true
      },
      async update<T>(
        collection: string,
        id: string,
        change: (current: T | undefined) => T | undefined,
      ) {
        const row = readable(tenant, collection).get(id)
        const next = change(row ? (JSON.parse(row.json) as T) : undefined)
        if (next === undefined && !row) return undefined
        const rows = writable(tenant, collection)
        if (next === undefined) rows.delete(id)
        else rows.set(id, { seq: row?.seq ?? ++seq, json: JSON.stringify(next) })
        generations.touch(tenant)
        return next === undefined ? undefined : (JSON.parse(JSON.stringify(next)) as T)
      },
      async delete(collection: string, id: string) {
        const deleted = tenants.get(tenant)?.get(collection)?.delete(id) ?? false
        if (deleted) generations.touch(tenant)
        return deleted
      },
      async list<T>(collection: string) {
        return [...readable(tenant, collection).values()]
          .sort((a, b) => a.seq - b.seq)
          .map((row) => JSON.parse(row.json) as T)
      },
      async clear() {
        tenants.delete(tenant)
        generations.touch(tenant)
      },
      async exportRecords() {
        const rows: (StoredRecord & { seq: number })[] = []
        for (const [collection, byId] of tenants.get(tenant) ?? []) {
          for (const [id, row] of byId) {
            rows.push({ seq: row.seq, collection, id, value: JSON.parse(row.json) })
          }
        }
        return rows.sort((a, b) => a.seq - b.seq).map(({ seq: _, ...record }) => record)
      },
      async importRecords(records: readonly StoredRecord[]) {
        generations.touch(tenant)
        tenants.delete(tenant)
        for (const record of records) {
          writable(tenant, record.collection).set(record.id, {
            seq: ++seq,
            json: JSON.stringify(record.value),
          })
        }
      },
    })
    return publishPutRecords(view, async (records) => {
      for (const r of records) putRow(tenant, r.collection, r.id, r.value)
      generations.touch(tenant)
    })
  }

  return generations.publishStore({
    forTenant: keptViews(forTenant),
    async listTenants() {
      return [...tenants.keys()]
    },
    async close() {
      tenants.clear()
      generations.touchAll()
    },
  })
}
