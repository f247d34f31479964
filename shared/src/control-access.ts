import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { SandboxEnv } from './app-env'
import { ForbiddenError, UnauthorizedError } from './errors'
import { type ControlCredential, credentialOf } from './tenant-token'

/** Set by `/__sandbox/sign-in`; cookies ignore ports, so one sign-in serves all three services. */
export const ADMIN_COOKIE = 'sandbox_admin'

/** Control paths anyone may call: liveness, and the sign-in page itself. */
const OPEN_PATHS = new Set(['/__sandbox/health', '/__sandbox/sign-in', '/__sandbox/sign-out'])
/** What a tenant token may do: read its own tenant's outbox, clock and events. */
const TENANT_READS = new Set(['/__sandbox/outbox', '/__sandbox/clock', '/__sandbox/events'])

export interface ControlAccessOptions {
  /** Undefined on loopback: the control plane stays open, as on a developer's laptop. */
  adminToken?: string
}

/** True for the paths the admin token guards: the control API and the USPS representative's desk. */
export function isControlPath(path: string): boolean {
  const p = path.toLowerCase()
  if (p === '/rep' || p.startsWith('/rep/')) return true
  return (p === '/__sandbox' || p.startsWith('/__sandbox/')) && !OPEN_PATHS.has(p)
}

/**
 * Guards the control plane with the admin token (`Authorization: Bearer <token>` or the cookie the
 * sign-in page sets). A tenant token only reads its own tenant's outbox, clock and events. Runs
 * after the tenant middleware, so `c.var.tenant` is the tenant the request names.
 *
 * @example
 * app.use(controlAccess({ adminToken: config.adminToken }))
 */
export function controlAccess({ adminToken }: ControlAccessOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (!adminToken || !isControlPath(c.req.path)) return next()
    const credentials = [bearerOf(c.req.header('authorization')), getCookie(c, ADMIN_COOKIE)]
      .map((presented) => credentialOf(adminToken, presented))
      .filter((found): found is ControlCredential => found !== undefined)
    if (credentials.some((found) => found.role === 'admin')) return next()
    const tenantCredential = credentials.find((found) => found.role === 'tenant')
    if (!tenantCredential) {
      c.header('WWW-Authenticate', 'Bearer realm="sandbox-control"')
      throw new UnauthorizedError(
        `${c.req.path} is part of the sandbox control plane: send Authorization: Bearer <admin or ` +
          'tenant token>, or sign in at /__sandbox/sign-in.',
      )
    }
    const readsOwnTenant =
      c.req.method === 'GET' &&
      TENANT_READS.has(c.req.path.toLowerCase()) &&
      tenantCredential.tenant === c.var.tenant
    if (!readsOwnTenant) {
      throw new ForbiddenError(
        `This tenant token reads only tenant "${tenantCredential.tenant}"'s outbox, clock and ` +
          `events (GET); ${c.req.method} ${c.req.path} for tenant "${c.var.tenant}" needs the ` +
          'admin token.',
      )
    }
    return next()
  }
}

function bearerOf(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1]
}
