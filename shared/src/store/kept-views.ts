import { createInterner } from '../journal/interner'
import type { TenantStore } from './store'

/** Tenant views kept for reuse (tenant names come from requests); the oldest is dropped first. */
const MAX_VIEWS = 1_000

/**
 * `forTenant` that hands out the same view of a recent tenant again instead of building it: a view
 * holds nothing but its tenant, and the edge and the tenant middleware each ask for one on every
 * request (a view is a dozen closures). The views are kept as the journal keeps its shared header
 * sets and paths: one value per key, first in, first out.
 *
 * @example
 * return { forTenant: keptViews((tenant) => ({ tenant, get, put, ... })), ... }
 */
export function keptViews(build: (tenant: string) => TenantStore): (tenant: string) => TenantStore {
  const views = createInterner<TenantStore>(MAX_VIEWS)
  return (tenant) => views(tenant, build)
}
