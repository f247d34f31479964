import type { ServiceName } from '../peer'
import type { TokenSighting } from './token-sightings'

/** Who made a request: a browser (or any outside client), or one of the services. */
export type Caller = 'browser' | ServiceName

/** One request a service received, as the journal keeps it (secrets masked). */
export interface JournalEntry {
  /** `<service>-<n>`, increasing per service. */
  id: string
  service: ServiceName
  tenant: string
  caller: Caller
  /** Real (wall-clock) time the request arrived, so entries of the three services interleave. */
  at: string
  /** `at` in epoch milliseconds with sub-millisecond precision, for ordering across services. */
  startedAt: number
  method: string
  /** Path and query, credentials masked. */
  url: string
  path: string
  requestHeaders: Record<string, string>
  requestBytes: number
  /** 0 when the connection was dropped by a fault. */
  status: number
  responseHeaders: Record<string, string>
  responseBytes: number | null
  durationMs: number
  tokens: TokenSighting[]
  /** The fault (id and name) that answered instead of the route, if any. */
  fault?: { id: string; name?: string }
}

/** Newest entries kept per tenant and service; older ones are dropped first. */
export const JOURNAL_LIMIT = 1_000
/** Tenants kept per service; the tenant written to least recently is forgotten first. */
export const JOURNAL_TENANT_LIMIT = 200

const TRIM_BATCH = 64

export interface JournalFilter {
  /** Exact path, or a prefix ending in `*`. */
  path?: string
  method?: string
  status?: number
  /** ISO time: entries that arrived at or after it. */
  since?: string
  caller?: Caller
}

/** The request journal of one service: bounded, per tenant, in memory. */
export interface Journal {
  record(entry: Omit<JournalEntry, 'id'>): JournalEntry
  /** Matching entries, newest first. */
  list(tenant: string, filter?: JournalFilter): JournalEntry[]
  count(tenant: string, filter?: JournalFilter): number
  clear(tenant: string): number
}

export interface JournalOptions {
  service: ServiceName
  limit?: number
  tenantLimit?: number
}

/**
 * A request journal kept in memory, like WireMock's: it observes traffic, it is not world state,
 * so it stays out of the store (no extra write per request, nothing in snapshots) and is empty
 * after a restart. Each tenant keeps its newest `limit` entries; at most `tenantLimit` tenants.
 *
 * @example
 * const journal = createJournal({ service: 'usps' })
 * journal.count('default', { method: 'POST', path: '/oauth2/v3/token' })
 */
export function createJournal({
  service,
  limit = JOURNAL_LIMIT,
  tenantLimit = JOURNAL_TENANT_LIMIT,
}: JournalOptions): Journal {
  const byTenant = new Map<string, JournalEntry[]>()
  let seq = 0
  const matching = (tenant: string, filter: JournalFilter = {}) =>
    (byTenant.get(tenant) ?? []).slice(-limit).filter((entry) => matches(entry, filter))
  return {
    record(entry) {
      const full: JournalEntry = { id: `${service}-${++seq}`, ...entry }
      const entries = byTenant.get(entry.tenant) ?? []
      // Re-inserting keeps the Map in least-recently-written order for eviction.
      byTenant.delete(entry.tenant)
      byTenant.set(entry.tenant, entries)
      entries.push(full)
      // Trimmed in batches, not one shift per request; readers see only the newest `limit`.
      if (entries.length >= limit + TRIM_BATCH) entries.splice(0, entries.length - limit)
      while (byTenant.size > tenantLimit) {
        const oldest = byTenant.keys().next().value
        if (oldest === undefined) break
        byTenant.delete(oldest)
      }
      return full
    },
    list: (tenant, filter) => matching(tenant, filter).reverse(),
    count: (tenant, filter) => matching(tenant, filter).length,
    clear(tenant) {
      const removed = Math.min(byTenant.get(tenant)?.length ?? 0, limit)
      byTenant.delete(tenant)
      return removed
    },
  }
}

function matches(entry: JournalEntry, filter: JournalFilter): boolean {
  if (filter.method && entry.method !== filter.method.toUpperCase()) return false
  if (filter.status !== undefined && entry.status !== filter.status) return false
  if (filter.caller && entry.caller !== filter.caller) return false
  if (filter.since && entry.startedAt < Date.parse(filter.since)) return false
  if (filter.path && !pathMatches(filter.path, entry.path)) return false
  return true
}

/** `/oauth2/*` matches every path under `/oauth2/`; anything else must be equal. */
export function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern
}
