import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import {
  createMemoryStore,
  type ServiceName,
  type Store,
  type TenantStore,
} from '@partner-sandbox/shared'

/**
 * A memory store that counts the writes that change something, to prove a refused input changed
 * nothing (an atomic update that leaves a record as it was is not a change).
 */
export function countingStore(): { store: Store; writes: () => number } {
  const inner = createMemoryStore()
  let writes = 0
  const counting = async (operation: () => Promise<boolean>): Promise<boolean> => {
    const changed = await operation()
    if (changed) writes++
    return changed
  }
  const counted = (tenant: TenantStore): TenantStore => ({
    tenant: tenant.tenant,
    get: (c, id) => tenant.get(c, id),
    list: (c) => tenant.list(c),
    put: async (c, id, v) => {
      writes++
      await tenant.put(c, id, v)
    },
    insert: (c, id, v) => counting(() => tenant.insert(c, id, v)),
    update: (c, id, change) =>
      tenant.update(c, id, (current) => {
        const next = change(current)
        if (JSON.stringify(next) !== JSON.stringify(current)) writes++
        return next
      }),
    delete: (c, id) => counting(() => tenant.delete(c, id)),
    clear: async () => {
      writes++
      await tenant.clear()
    },
    exportRecords: () => tenant.exportRecords(),
    importRecords: async (records) => {
      writes++
      await tenant.importRecords(records)
    },
  })
  return {
    store: { ...inner, forTenant: (t) => counted(inner.forTenant(t)) },
    writes: () => writes,
  }
}

/** The in-process sandbox on counting stores: `writes(service)` for one, `writes()` for all. */
export function countingSandbox() {
  const counters = { shipstation: countingStore(), stamps: countingStore(), usps: countingStore() }
  const sandbox = createInProcessSandbox({
    stores: {
      shipstation: counters.shipstation.store,
      stamps: counters.stamps.store,
      usps: counters.usps.store,
    },
  })
  const writes = (service?: ServiceName) =>
    service
      ? counters[service].writes()
      : counters.shipstation.writes() + counters.stamps.writes() + counters.usps.writes()
  return { sandbox, writes }
}
