import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import type { SandboxEnv } from './app-env'
import { loadClock, type RealTime } from './clock'
import { ValidationError } from './errors'
import type { Store } from './store/store'

export const TENANT_HEADER = 'X-Sandbox-Tenant'
/** Query parameter that carries the tenant on browser redirects between services. */
export const TENANT_PARAM = 'sandbox_tenant'
export const TENANT_COOKIE = 'sandbox_tenant'
export const DEFAULT_TENANT = 'default'

export const TenantName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,62}$/i,
    'A tenant name is 1-63 letters, digits, "-" or "_", starting with a letter or digit.',
  )

export interface TenantMiddlewareOptions {
  store: Store
  realTime: RealTime
}

/**
 * Resolves the tenant (header, then `sandbox_tenant` query, then cookie, then "default") and binds
 * the store view and the tenant's virtual clock to the request. A tenant named in the query is kept
 * in a cookie so the pages that follow a cross-service redirect stay in it.
 */
export function tenantMiddleware({
  store,
  realTime,
}: TenantMiddlewareOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const fromQuery = c.req.query(TENANT_PARAM)
    const raw =
      c.req.header(TENANT_HEADER) ?? fromQuery ?? getCookie(c, TENANT_COOKIE) ?? DEFAULT_TENANT
    const parsed = TenantName.safeParse(raw)
    if (!parsed.success) {
      throw ValidationError.forField('tenant', parsed.error.issues[0]?.message ?? 'Invalid tenant.')
    }
    const tenant = parsed.data
    if (fromQuery !== undefined && !c.req.header(TENANT_HEADER)) {
      setCookie(c, TENANT_COOKIE, tenant, { path: '/', httpOnly: true, sameSite: 'Lax' })
    }
    const tenantStore = store.forTenant(tenant)
    c.set('tenant', tenant)
    c.set('store', tenantStore)
    c.set('clock', await loadClock(tenantStore, realTime))
    await next()
  }
}

/** Adds the tenant to a cross-service URL when it is not the default one. */
export function withTenant(url: string, tenant: string): string {
  if (tenant === DEFAULT_TENANT) return url
  const u = new URL(url)
  u.searchParams.set(TENANT_PARAM, tenant)
  return u.toString()
}
