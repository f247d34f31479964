import {
  type Clock,
  type PeerDirectory,
  type ServiceKeys,
  signServiceToken,
  urlOf,
  withTenant,
} from '@partner-sandbox/shared'
import { PromptsNotDueError } from '../errors'
import { promptFactsOf } from './account-view'
import type { Account } from './accounts'
import { connectPromptsDue, missingSetupSteps } from './onboarding-prompts'

export const SSO_TOKEN_TYPE = 'sso+jwt'
const SSO_TTL_SECONDS = 60

export interface NsaSsoOptions {
  keys: ServiceKeys
  peers: PeerDirectory
  tenant: string
  clock: Clock
}

/**
 * "See Instructions": a 60-second `sso+jwt` for Stamps.com and the URL that carries it, so the
 * person lands on the guidelines already signed in. Refused (409) unless the connect prompts are due.
 *
 * @example
 * const url = await nsaSsoUrl(account, { keys, peers, tenant, clock })
 */
export async function nsaSsoUrl(account: Account, options: NsaSsoOptions): Promise<string> {
  assertConnectDue(account)
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
      promoCode: account.promoCode,
    },
  })
  return withTenant(urlOf(stamps, `/sso?token=${encodeURIComponent(token)}`), options.tenant)
}

function assertConnectDue(account: Account): void {
  const facts = promptFactsOf(account, false)
  if (connectPromptsDue(facts)) return
  const missing = missingSetupSteps(facts)
  if (missing.length > 0) {
    throw new PromptsNotDueError(
      `Connecting your USPS business account opens after these steps: ${missing.join('; ')}.`,
    )
  }
  throw new PromptsNotDueError(
    account.copStatus === 'approved'
      ? 'Your USPS business account is already connected and NSA rates are active.'
      : 'Your USPS business account connection was submitted and is waiting for approval from USPS.',
  )
}
