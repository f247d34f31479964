import { z } from 'zod'
import { ValidationError } from './errors'
import type { TenantStore } from './store/store'

/** What domain code receives instead of calling Date.now(). */
export interface Clock {
  now(): Date
}

/** The real time source the virtual clocks are offset from; injectable so tests freeze it. */
export type RealTime = () => number

interface ClockState {
  offsetMs: number
}

const CLOCK_COLLECTION = 'sandbox_clock'
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const

export const DurationText = z
  .string()
  .regex(/^\d+(ms|s|m|h|d)$/, 'Use a number followed by ms, s, m, h or d, e.g. "48h".')

export const ClockChange = z.union([
  z.object({ advance: DurationText }).strict(),
  z.object({ set: z.iso.datetime({ offset: true }) }).strict(),
])
export type ClockChange = z.infer<typeof ClockChange>

/** "48h" -> 172800000. */
export function parseDuration(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d)$/.exec(text)
  if (!match) throw ValidationError.forField('advance', `"${text}" is not a duration like "48h".`)
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]
}

/**
 * Loads a tenant's virtual clock: real time plus the tenant's stored offset. The offset lives in the
 * store so every replica and every restart sees the same jump.
 *
 * @example
 * const clock = await loadClock(store.forTenant('t1'), Date.now)
 * clock.now()
 */
export async function loadClock(store: TenantStore, realTime: RealTime): Promise<Clock> {
  const state = await store.get<ClockState>(CLOCK_COLLECTION, 'clock')
  const offsetMs = state?.offsetMs ?? 0
  return { now: () => new Date(realTime() + offsetMs) }
}

/** Applies `{advance}` or `{set}`; a clock never moves backwards past real time by accident. */
export async function changeClock(
  store: TenantStore,
  realTime: RealTime,
  change: ClockChange,
): Promise<Clock> {
  await store.update<ClockState>(CLOCK_COLLECTION, 'clock', (current) => {
    const offsetMs = current?.offsetMs ?? 0
    if ('advance' in change) return { offsetMs: offsetMs + parseDuration(change.advance) }
    return { offsetMs: Date.parse(change.set) - realTime() }
  })
  return loadClock(store, realTime)
}
