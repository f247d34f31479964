import type { MiddlewareHandler } from 'hono'
import { setCookie } from 'hono/cookie'
import * as z from 'zod'
import type { SandboxEnv } from './app-env'
import { clockOf, type RealTime, readClockState } from './clock'
import { ValidationError } from './errors'
import {
  DEFAULT_TENANT,
  requestedTenant,
  TENANT_COOKIE,
  TENANT_HEADER,
  TENANT_PARAM,
} from './requested-tenant'
import type { Store } from './store/store'
import { tenantMemo } from './store/write-generation'

export { DEFAULT_TENANT, TENANT_COOKIE, TENANT_HEADER, TENANT_PARAM }

const TENANT_PATTERN = /^[a-z0-9][a-z0-9_-]{0,62}$/i

export const TenantName = z
  .string()
  .regex(
    TENANT_PATTERN,
    'A tenant name is 1-63 letters, digits, "-" or "_", starting with a letter or digit.',
  )

/**
 * True when `TenantName` accepts the name: the same pattern without zod's parse, for the two
 * checks every request makes (the edge and the tenant middleware).
 */
export function isTenantName(name: string): boolean {
  return TENANT_PATTERN.test(name)
}

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
  // The stored clock state changes only by a write to the tenant (a clock change, a peer's sync,
  // a restore, a reset): read and checked again only then, not on every request.
  const clockStateOf = tenantMemo(readClockState)
  return async (c, next) => {
    const { tenant, fromQuery } = requestedTenant(c)
    if (!isTenantName(tenant)) {
      const parsed = TenantName.safeParse(tenant)
      throw ValidationError.forField(
        'tenant',
        parsed.error?.issues[0]?.message ?? 'Invalid tenant.',
      )
    }
    if (fromQuery !== undefined && !c.req.header(TENANT_HEADER)) {
      setCookie(c, TENANT_COOKIE, tenant, { path: '/', httpOnly: true, sameSite: 'Lax' })
    }
    const tenantStore = store.forTenant(tenant)
    c.set('tenant', tenant)
    c.set('store', tenantStore)
    c.set('clock', clockOf(await clockStateOf(tenantStore), realTime))
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
