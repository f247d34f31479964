import type { Clock } from '@partner-sandbox/shared'

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000

/** ISO time `ms` milliseconds after the clock's now. */
export function isoAfter(clock: Clock, ms: number): string {
  return new Date(clock.now().getTime() + ms).toISOString()
}

/** True when the ISO instant is at or before the clock's now. */
export function isPast(clock: Clock, iso: string): boolean {
  return Date.parse(iso) <= clock.now().getTime()
}
