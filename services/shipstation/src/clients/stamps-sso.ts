import {
  type Clock,
  type PeerDirectory,
  type ServiceKeys,
  signServiceToken,
  urlOf,
  withTenant,
} from '@partner-sandbox/shared'
import type { Account } from '../domain/accounts'

export const SSO_TOKEN_TYPE = 'sso+jwt'
/** Long enough for one browser redirect; Stamps.com also refuses a second use. */
export const SSO_TTL_SECONDS = 60

export interface StampsSsoOptions {
  keys: ServiceKeys
  peers: PeerDirectory
  tenant: string
  clock: Clock
}

/**
 * The Stamps.com `/sso` URL carrying a freshly signed `sso+jwt` (valid `SSO_TTL_SECONDS`) for the
 * account, so the person lands on the guidelines already signed in. Signs whatever it is given:
 * whether SSO is allowed is the domain's decision (`nsaSsoUrl`).
 *
 * @example
 * const url = await stampsSsoUrl(account, { keys, peers, tenant, clock })
 */
export async function stampsSsoUrl(account: Account, options: StampsSsoOptions): Promise<string> {
  const stamps = options.peers.stamps.baseUrl
  const token = await signServiceToken(options.keys, {
    type: SSO_TOKEN_TYPE,
    issuer: options.peers.shipstation.baseUrl,
    audience: stamps,
    subject: account.id,
    tenant: options.tenant,
    ttlSeconds: SSO_TTL_SECONDS,
    clock: options.clock,
    claims: {
      email: account.email,
      name: `${account.firstName} ${account.lastName}`,
      company: account.company,
      promoCode: account.promoCode ?? '',
    },
  })
  return withTenant(urlOf(stamps, `/sso?token=${encodeURIComponent(token)}`), options.tenant)
}
