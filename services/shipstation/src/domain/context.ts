import type { Clock, RandomSource, TenantStore } from '@partner-sandbox/shared'

/** What every domain operation receives instead of reaching for globals. */
export interface DomainContext {
  store: TenantStore
  clock: Clock
  random: RandomSource
  /** ShipStation's own public base URL, for links written into emails. */
  baseUrl: string
  /** scrypt's N for new password hashes (SANDBOX_PASSWORD_COST). */
  passwordCost: number
}
