/**
 * The one door to state. Every service keeps sessions, replay caches, outboxes and domain records
 * behind this interface so a PostgreSQL implementation can replace SQLite without touching callers.
 * Methods are async even where SQLite is synchronous for that reason.
 */
export interface Store {
  /** The tenant-bound view that request handlers and domain functions use. */
  forTenant(tenant: string): TenantStore
  /** Tenants that hold any record, for background work such as event delivery. */
  listTenants(): Promise<string[]>
  close(): Promise<void>
}

export interface TenantStore {
  readonly tenant: string
  get<T>(collection: string, id: string): Promise<T | undefined>
  /** Insert or replace. */
  put<T>(collection: string, id: string, value: T): Promise<void>
  /** Insert only when absent; false when the id exists. The primitive behind single-use tokens. */
  insert<T>(collection: string, id: string, value: T): Promise<boolean>
  /**
   * Atomic read-modify-write of one record. `change` receives the current value (or undefined) and
   * returns the new one; returning undefined deletes it. Resolves to what was written.
   */
  update<T>(
    collection: string,
    id: string,
    change: (current: T | undefined) => T | undefined,
  ): Promise<T | undefined>
  /** true when a record was deleted. */
  delete(collection: string, id: string): Promise<boolean>
  /** Every record of a collection, oldest first. */
  list<T>(collection: string): Promise<T[]>
  /** Drops every record of this tenant. */
  clear(): Promise<void>
  /** Every record of this tenant, oldest first: what a snapshot saves. */
  exportRecords(): Promise<StoredRecord[]>
  /**
   * Replaces every record of this tenant with `records`, keeping their order, in one step: what a
   * snapshot restore or fork writes. The records may come from another tenant.
   */
  importRecords(records: readonly StoredRecord[]): Promise<void>
}

/** One record as export/import carry it. */
export interface StoredRecord {
  collection: string
  id: string
  value: unknown
}

/** Tenant name used for records that belong to the service itself, such as its signing key. */
export const SYSTEM_TENANT = '__system'
