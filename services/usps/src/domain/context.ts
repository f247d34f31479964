import type { Clock, RandomSource, TenantStore } from '@partner-sandbox/shared'

/** What every domain operation receives instead of reaching for globals. */
export interface DomainContext {
  store: TenantStore
  clock: Clock
  random: RandomSource
  /** This service's public base URL (links in emails, token issuer). */
  baseUrl: string
  /** The sandbox tenant of the request: signed events name it for their receiver. */
  tenant: string
  /** scrypt's N for new password hashes (SANDBOX_PASSWORD_COST). */
  passwordCost: number
}
