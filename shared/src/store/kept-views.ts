import type { TenantStore } from './store'

/** Tenant views kept for reuse (tenant names come from requests); the oldest is dropped first. */
const MAX_VIEWS = 1_000

/**
 * `forTenant` that hands out the same view of a recent tenant again instead of building it: a view
 * holds nothing but its tenant, and the edge and the tenant middleware each ask for one on every
 * request (a view is a dozen closures).
 *
 * @example
 * return { forTenant: keptViews((tenant) => ({ tenant, get, put, ... })), ... }
 */
export function keptViews(build: (tenant: string) => TenantStore): (tenant: string) => TenantStore {
  const views = new Map<string, TenantStore>()
  return (tenant) => {
    let view = views.get(tenant)
    if (!view) {
      view = build(tenant)
      if (views.size >= MAX_VIEWS) views.delete(views.keys().next().value as string)
      views.set(tenant, view)
    }
    return view
  }
}
