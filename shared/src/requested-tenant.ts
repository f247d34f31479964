import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'

export const TENANT_HEADER = 'X-Sandbox-Tenant'
/** Query parameter that carries the tenant on browser redirects between services. */
export const TENANT_PARAM = 'sandbox_tenant'
export const TENANT_COOKIE = 'sandbox_tenant'
export const DEFAULT_TENANT = 'default'

/**
 * The tenant a request names, unvalidated: header, then `sandbox_tenant` query, then cookie, then
 * "default". One rule for the tenant middleware and the sandbox edge (journal and faults), which
 * runs before it, for routes such as `/.well-known/jwks.json` too.
 *
 * @example
 * const { tenant, fromQuery } = requestedTenant(c)
 */
export function requestedTenant(c: Context): RequestedTenant {
  let found = asked.get(c)
  if (!found) {
    const fromQuery = c.req.query(TENANT_PARAM)
    const tenant =
      c.req.header(TENANT_HEADER) ?? fromQuery ?? getCookie(c, TENANT_COOKIE) ?? DEFAULT_TENANT
    found = { tenant, fromQuery }
    asked.set(c, found)
  }
  return found
}

interface RequestedTenant {
  readonly tenant: string
  readonly fromQuery: string | undefined
}

// Asked by the edge and again by the tenant middleware: the query is parsed once a request.
const asked = new WeakMap<Context, RequestedTenant>()
