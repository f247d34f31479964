import { SignJWT } from 'jose'
import type { Clock } from './clock'
import { secretToken } from './random'
import { SERVICE_TOKEN_ALG, type ServiceKeys } from './service-keys'

export interface SignTokenOptions {
  /** Token kind, written as the JOSE `typ` header so one kind can never pass as another. */
  type: string
  issuer: string
  audience: string
  subject: string
  tenant: string
  ttlSeconds: number
  clock: Clock
  claims?: Record<string, unknown>
}

/**
 * Signs a short-lived token that crosses to another service. Every token carries `jti`, `kid`,
 * and the sandbox tenant.
 *
 * @example
 * const token = await signServiceToken(keys, { type: 'sso+jwt', issuer, audience, subject: accountId,
 *   tenant, ttlSeconds: 60, clock })
 */
export async function signServiceToken(
  keys: ServiceKeys,
  options: SignTokenOptions,
): Promise<string> {
  const nowSeconds = Math.floor(options.clock.now().getTime() / 1000)
  return new SignJWT({ ...options.claims, tenant: options.tenant })
    .setProtectedHeader({ alg: SERVICE_TOKEN_ALG, kid: keys.kid, typ: options.type })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setJti(secretToken(16))
    .setIssuedAt(nowSeconds)
    .setNotBefore(nowSeconds - 5)
    .setExpirationTime(nowSeconds + options.ttlSeconds)
    .sign(keys.privateKey)
}
