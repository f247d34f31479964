import type { Store, TenantStore } from './store'

/**
 * Where the memory and SQLite stores publish a tenant's write generation on the views they hand
 * out: a number that changes whenever anything of the tenant may have changed (any write, a clear,
 * a snapshot import, a write by another connection to the same SQLite file). A symbol, not a
 * method of TenantStore, so other implementations (and wrappers) need not know about it: without
 * it nothing is memoised.
 */
const WRITE_GENERATION = Symbol('sandbox.writeGeneration')

type WithGeneration = { [WRITE_GENERATION]?: () => number }

/** The tenant's write generation, or undefined when the store does not keep one. */
export function writeGeneration(store: TenantStore): number | undefined {
  return (store as WithGeneration)[WRITE_GENERATION]?.()
}

/** The generation of the whole store (any write of any tenant changes it), or undefined. */
export function storeGeneration(store: Store): number | undefined {
  return (store as WithGeneration)[WRITE_GENERATION]?.()
}

/** Per-tenant write generations of one store; `touchAll` when any tenant may have changed. */
export interface GenerationCounter {
  touch(tenant: string): void
  touchAll(): void
  of(tenant: string): number
  /** Publishes `of(tenant)` on a tenant view (see `writeGeneration`). */
  publish<T extends TenantStore>(view: T): T
  /** Publishes the latest generation of any tenant on the store (see `storeGeneration`). */
  publishStore<T extends Store>(store: T): T
}

/**
 * @param changedElsewhere asked on every read of a generation: true when the records may have
 *   changed behind this process's back (another connection to the same database file).
 */
export function generationCounter(changedElsewhere?: () => boolean): GenerationCounter {
  let seq = 0
  // Generations below this are stale for every tenant (a close, another connection's write).
  let floor = 0
  const byTenant = new Map<string, number>()
  const counter: GenerationCounter = {
    touch(tenant) {
      byTenant.set(tenant, ++seq)
    },
    touchAll() {
      byTenant.clear()
      floor = ++seq
    },
    of(tenant) {
      if (changedElsewhere?.()) counter.touchAll()
      const own = byTenant.get(tenant) ?? 0
      return Math.max(own, floor)
    },
    publish(view) {
      ;(view as WithGeneration)[WRITE_GENERATION] = () => counter.of(view.tenant)
      return view
    },
    publishStore(store) {
      ;(store as WithGeneration)[WRITE_GENERATION] = () => {
        if (changedElsewhere?.()) counter.touchAll()
        return seq
      }
      return store
    },
  }
  return counter
}

/** Tenants a memo keeps at most (tenant names come from requests); the oldest is dropped first. */
const MEMO_TENANTS = 1_000

/**
 * A value derived from a tenant's records, computed again only after a write to the tenant (its
 * write generation changed): e.g. "the earliest time a webhook retry is due", read on every
 * request. Without a write generation (another store implementation) it computes every time.
 * The value is shared between calls: never mutate it.
 *
 * @example
 * const faultsOf = tenantMemo((store) => listFaults(store))
 * const faults = await faultsOf(c.var.store)
 */
export function tenantMemo<T>(
  compute: (store: TenantStore) => Promise<T>,
): (store: TenantStore) => Promise<T> {
  const memo = new Map<string, { generation: number; value: T }>()
  return async (store) => {
    // Read before computing: a write during the computation leaves a stale generation behind.
    const generation = writeGeneration(store)
    if (generation === undefined) return compute(store)
    const hit = memo.get(store.tenant)
    if (hit?.generation === generation) return hit.value
    const value = await compute(store)
    memo.delete(store.tenant)
    if (memo.size >= MEMO_TENANTS) memo.delete(memo.keys().next().value as string)
    memo.set(store.tenant, { generation, value })
    return value
  }
}
