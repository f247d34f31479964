import type { Clock, RandomSource, TenantStore } from '@partner-sandbox/shared'

/** What every domain operation receives instead of reaching for globals. */
export interface DomainDeps {
  store: TenantStore
  clock: Clock
  random: RandomSource
  /** This service's public base URL (links in emails, token issuer). */
  baseUrl: string
}

/** ISO time `ms` milliseconds after the clock's now. */
export function isoAfter(clock: Clock, ms: number): string {
  return new Date(clock.now().getTime() + ms).toISOString()
}

/** True when the ISO instant is at or before the clock's now. */
export function isPast(clock: Clock, iso: string): boolean {
  return Date.parse(iso) <= clock.now().getTime()
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
