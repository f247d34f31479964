import type { Account } from './accounts'

/**
 * The NSA gate: USPS Negotiated Service Agreement rates apply exactly when USPS approved the link
 * (Stamps.com's `cop.approved`); derived from the COP status, never stored twice.
 *
 * @example
 * nsaRatesActive(account) // true once cop.approved arrived
 */
export function nsaRatesActive(account: Account): boolean {
  return account.copStatus === 'approved'
}
