import { type StampsSsoOptions, stampsSsoUrl } from '../clients/stamps-sso'
import { PromptsNotDueError } from '../errors'
import type { Account } from './accounts'
import { nsaRatesActive } from './nsa-rates'
import { connectPromptsDue, promptFactsOf } from './onboarding-prompts'
import { missingSetupSteps } from './setup-steps'

export type NsaSsoOptions = StampsSsoOptions

/**
 * "See Instructions": the URL that signs the person in on Stamps.com's guidelines. Refused (409)
 * unless the connect prompts are due.
 *
 * @example
 * const url = await nsaSsoUrl(account, { keys, peers, tenant, clock })
 */
export async function nsaSsoUrl(account: Account, options: NsaSsoOptions): Promise<string> {
  assertSsoAllowed(account)
  return stampsSsoUrl(account, options)
}

/**
 * SSO to Stamps.com is allowed exactly while the connect prompts are due; otherwise a
 * PromptsNotDueError says what is missing or that the connection was already submitted.
 */
export function assertSsoAllowed(account: Account): void {
  const facts = promptFactsOf(account, false)
  if (connectPromptsDue(facts)) return
  if (!facts.hasPromoCode) {
    throw new PromptsNotDueError(
      'This account was created without a USPS promo code, so NSA rates are not offered to it. Create an account with the promo code your USPS representative gave you.',
    )
  }
  const missing = missingSetupSteps(facts)
  if (missing.length > 0) {
    throw new PromptsNotDueError(
      `Connecting your USPS business account opens after these steps: ${missing.join('; ')}.`,
    )
  }
  throw new PromptsNotDueError(
    nsaRatesActive(account)
      ? 'Your USPS business account is already connected and NSA rates are active.'
      : 'Your USPS business account connection was submitted and is waiting for approval from USPS.',
  )
}
