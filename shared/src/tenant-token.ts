import { createHmac, timingSafeEqual } from 'node:crypto'
import { TenantName } from './tenant'

/** Who a control-plane credential speaks for: the trainer (everything) or one trainee's tenant. */
export type ControlCredential = { role: 'admin' } | { role: 'tenant'; tenant: string }

const TENANT_TOKEN_PREFIX = 'sbt'

function mac(adminToken: string, tenant: string): string {
  return createHmac('sha256', adminToken).update(`tenant:${tenant}`).digest('base64url')
}

/** Compares through fixed-length digests, so neither length nor content leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHmac('sha256', 'compare').update(s).digest()
  return timingSafeEqual(digest(a), digest(b))
}

/**
 * A token that reads one tenant's outbox, clock and events and nothing else: derived from the admin
 * token (HMAC), so it needs no storage and every service accepts it.
 *
 * @example
 * tenantToken(adminToken, 'trainee-7') // 'sbt.trainee-7.Qm9...'
 */
export function tenantToken(adminToken: string, tenant: string): string {
  return `${TENANT_TOKEN_PREFIX}.${tenant}.${mac(adminToken, tenant)}`
}

/**
 * What a presented token (Bearer or cookie) grants, or undefined when it is neither the admin token
 * nor a tenant token derived from it.
 *
 * @example
 * credentialOf(adminToken, req.header('authorization')?.slice(7)) // { role: 'admin' }
 */
export function credentialOf(
  adminToken: string,
  presented: string | undefined,
): ControlCredential | undefined {
  if (!presented) return undefined
  if (sameSecret(presented, adminToken)) return { role: 'admin' }
  const [prefix, tenant, signature, ...rest] = presented.split('.')
  if (prefix !== TENANT_TOKEN_PREFIX || !tenant || !signature || rest.length > 0) return undefined
  if (!TenantName.safeParse(tenant).success) return undefined
  return sameSecret(signature, mac(adminToken, tenant)) ? { role: 'tenant', tenant } : undefined
}
