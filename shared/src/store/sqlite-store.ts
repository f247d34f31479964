import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { keptViews } from './kept-views'
import { publishPutRecords } from './put-records'
import { rowCache } from './row-cache'
import type { Store, StoredRecord, TenantStore } from './store'
import { generationCounter } from './write-generation'

export interface SqliteStoreOptions {
  /** Database file; its folder is created when missing. ':memory:' works too. */
  file: string
}

/**
 * SQLite store (better-sqlite3, WAL mode): one file per service, so a restart of `npm start`
 * continues a half-finished onboarding. Every write is its own committed transaction (`putRecords`
 * commits its records in one).
 *
 * @example
 * const store = createSqliteStore({ file: '.data/usps.sqlite' })
 */
export function createSqliteStore({ file }: SqliteStoreOptions): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  // better-sqlite3 builds SQLite with a 16 MB page cache per connection, which fills as tenants
  // are added (the whole file, for a sandbox) and is never given back: 1,000 onboarded tenants
  // kept some 25 MB of it across the three services. SQLite's own default (2 MB) still holds the
  // pages every request reads, and the OS caches the rest of the file.
  db.pragma('cache_size = -2000')
  db.exec(`CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant TEXT NOT NULL,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    value TEXT NOT NULL,
    UNIQUE (tenant, collection, id)
  )`)

  const selectOne = db.prepare<[string, string, string], { value: string }>(
    'SELECT value FROM records WHERE tenant = ? AND collection = ? AND id = ?',
  )
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO records (tenant, collection, id, value) VALUES (?, ?, ?, ?)
     ON CONFLICT (tenant, collection, id) DO UPDATE SET value = excluded.value`,
  )
  const insertNew = db.prepare<[string, string, string, string]>(
    'INSERT OR IGNORE INTO records (tenant, collection, id, value) VALUES (?, ?, ?, ?)',
  )
  const deleteOne = db.prepare<[string, string, string]>(
    'DELETE FROM records WHERE tenant = ? AND collection = ? AND id = ?',
  )
  const selectAll = db.prepare<[string, string], { value: string }>(
    'SELECT value FROM records WHERE tenant = ? AND collection = ? ORDER BY seq',
  )
  const deleteTenant = db.prepare<[string]>('DELETE FROM records WHERE tenant = ?')
  const selectTenantRecords = db.prepare<
    [string],
    { collection: string; id: string; value: string }
  >('SELECT collection, id, value FROM records WHERE tenant = ? ORDER BY seq')
  const replaceTenant = db.transaction((tenant: string, records: readonly StoredRecord[]) => {
    deleteTenant.run(tenant)
    for (const r of records) upsert.run(tenant, r.collection, r.id, JSON.stringify(r.value))
  })
  const upsertAll = db.transaction((tenant: string, records: readonly StoredRecord[]) => {
    for (const r of records) upsert.run(tenant, r.collection, r.id, JSON.stringify(r.value))
  })
  const selectTenants = db.prepare<[], { tenant: string }>('SELECT DISTINCT tenant FROM records')

  // SQLite's data_version changes when another connection commits to the file: then any tenant
  // may have changed, and memos built on this process's own write generations are stale. Asked at
  // most once a millisecond (a few microseconds each, and three memos read it per request): a
  // second process writing the same file (the sandbox never opens a file twice) is seen within 1 ms.
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck()
  let seenDataVersion = dataVersion.get()
  let askedAt = performance.now()
  const generations = generationCounter(() => {
    const now = performance.now()
    if (now - askedAt < 1 || !db.open) return false
    askedAt = now
    const current = dataVersion.get()
    if (current === seenDataVersion) return false
    seenDataVersion = current
    return true
  })

  const readOne = <T>(tenant: string, collection: string, id: string): T | undefined => {
    const row = selectOne.get(tenant, collection, id)
    return row ? (JSON.parse(row.value) as T) : undefined
  }
  // One transaction function for every tenant: forTenant runs on every request (the edge and the
  // tenant middleware), and better-sqlite3 builds a wrapper per db.transaction call.
  const readModifyWrite = db.transaction(
    (tenant: string, collection: string, id: string, change: (current: unknown) => unknown) => {
      const next = change(readOne(tenant, collection, id))
      if (next === undefined) deleteOne.run(tenant, collection, id)
      else upsert.run(tenant, collection, id, JSON.stringify(next))
      return next === undefined ? undefined : JSON.stringify(next)
    },
  )

  // Every request reads the same few rows (its session, its account): their text is kept until
  // the tenant's next write generation (see rowCache), which skips SQLite's statement machinery.
  const rows = rowCache({ maxRows: 4096, maxTextLength: 16 * 1024 })
  const forTenant = (tenant: string): TenantStore => {
    const read = <T>(collection: string, id: string): T | undefined => {
      const generation = generations.of(tenant)
      const key = `${collection}\u0000${id}`
      let text = rows.get(tenant, generation, key)
      if (text === undefined) {
        text = selectOne.get(tenant, collection, id)?.value ?? null
        rows.set(tenant, generation, key, text)
      }
      return text === null ? undefined : (JSON.parse(text) as T)
    }
    const view = generations.publish({
      tenant,
      async get<T>(collection: string, id: string) {
        return read<T>(collection, id)
      },
      async put<T>(collection: string, id: string, value: T) {
        generations.touch(tenant)
        upsert.run(tenant, collection, id, JSON.stringify(value))
      },
      async insert<T>(collection: string, id: string, value: T) {
        const inserted = insertNew.run(tenant, collection, id, JSON.stringify(value)).changes === 1
        if (inserted) generations.touch(tenant)
        return inserted
      },
      async update<T>(
        collection: string,
        id: string,
        change: (current: T | undefined) => T | undefined,
      ) {
        generations.touch(tenant)
        const written = readModifyWrite(
          tenant,
          collection,
          id,
          change as (current: unknown) => unknown,
        )
        return written === undefined ? undefined : (JSON.parse(written) as T)
      },
      async delete(collection: string, id: string) {
        const deleted = deleteOne.run(tenant, collection, id).changes === 1
        if (deleted) generations.touch(tenant)
        return deleted
      },
      async list<T>(collection: string) {
        return selectAll.all(tenant, collection).map((row) => JSON.parse(row.value) as T)
      },
      async clear() {
        generations.touch(tenant)
        deleteTenant.run(tenant)
      },
      async exportRecords() {
        return selectTenantRecords
          .all(tenant)
          .map((row) => ({ collection: row.collection, id: row.id, value: JSON.parse(row.value) }))
      },
      async importRecords(records: readonly StoredRecord[]) {
        generations.touch(tenant)
        replaceTenant(tenant, records)
      },
    })
    return publishPutRecords(view, async (records) => {
      generations.touch(tenant)
      upsertAll(tenant, records)
    })
  }

  return generations.publishStore({
    forTenant: keptViews(forTenant),
    async listTenants() {
      return selectTenants.all().map((row) => row.tenant)
    },
    async close() {
      generations.touchAll()
      if (db.open) db.close()
    },
  })
}
