import * as z from 'zod'
import { ValidationError } from './errors'
import type { TenantStore } from './store/store'

/** What domain code receives instead of calling Date.now(). */
export interface Clock {
  now(): Date
  /** true while the sandbox time stands still (shown in page footers). */
  readonly frozen?: boolean
}

/** The real time source the virtual clocks are offset from; injectable so tests freeze it. */
export type RealTime = () => number

/**
 * A tenant's sandbox time as every service stores it. Absolute (an offset from real time, or the
 * instant it is frozen at), so a copy sent to a peer means the same thing whenever it arrives;
 * `version` orders changes so the latest wins and a repeated or late sync changes nothing.
 */
export const ClockState = z.object({
  offsetMs: z.number().finite(),
  /** Sandbox time (epoch ms) the clock stands still at, when frozen. */
  frozenAtMs: z.number().finite().optional(),
  version: z.number().int().nonnegative(),
  /** The service that made this change: breaks ties between equal versions. */
  origin: z.string(),
})
export type ClockState = z.infer<typeof ClockState>

export const CLOCK_COLLECTION = 'sandbox_clock'
const CLOCK_ID = 'clock'
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const
/** The sandbox time stays within these years, so every date the services print is sensible. */
const EARLIEST_MS = Date.UTC(2000, 0, 1)
const LATEST_MS = Date.UTC(2201, 0, 1) - 1
const RANGE_TEXT = 'between the years 2000 and 2200'
const MAX_OFFSET_MS = LATEST_MS - EARLIEST_MS

export const DurationText = z
  .string()
  .regex(/^\d{1,15}(ms|s|m|h|d)$/, 'Use a number followed by ms, s, m, h or d, e.g. "48h".')

/** `{"advance":"48h"}` (forward only), `{"set":"<ISO>"}` (any way), `{"freeze":true|false}`. */
export const ClockChange = z
  .object({
    advance: DurationText.optional(),
    set: z.iso
      .datetime({ offset: true, message: 'Use an ISO 8601 time, e.g. "2027-01-01T09:00:00Z".' })
      .optional(),
    freeze: z.boolean({ message: 'Use true to stop the clock and false to start it.' }).optional(),
  })
  .strict()
  .refine((c) => [c.advance, c.set, c.freeze].filter((v) => v !== undefined).length === 1, {
    message: 'Send exactly one of "advance", "set" or "freeze".',
  })
export type ClockChange = z.infer<typeof ClockChange>

/** "48h" -> 172800000. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,15})(ms|s|m|h|d)$/.exec(text)
  if (!match) throw ValidationError.forField('advance', `"${text}" is not a duration like "48h".`)
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS]
}

const INITIAL: ClockState = { offsetMs: 0, version: 0, origin: '' }

/**
 * The stored state, or real time when there is none. A record that does not parse (written by an
 * older version, or an absurd offset saved before changes were checked) is ignored rather than
 * breaking every request of the tenant.
 */
export async function readClockState(store: TenantStore): Promise<ClockState> {
  return stateOf(await store.get(CLOCK_COLLECTION, CLOCK_ID))
}

function stateOf(stored: unknown): ClockState {
  const parsed = ClockState.safeParse(stored)
  if (!parsed.success || Math.abs(parsed.data.offsetMs) > MAX_OFFSET_MS) return INITIAL
  if (parsed.data.frozenAtMs !== undefined && !inRange(parsed.data.frozenAtMs)) return INITIAL
  return parsed.data
}

/** The clock a state describes. */
export function clockOf(state: ClockState, realTime: RealTime): Clock & { frozen: boolean } {
  const { frozenAtMs, offsetMs } = state
  return {
    frozen: frozenAtMs !== undefined,
    now: () => new Date(frozenAtMs ?? realTime() + offsetMs),
  }
}

/**
 * Loads a tenant's virtual clock: real time plus the tenant's stored offset (or the frozen instant).
 * The state lives in the store so every replica and every restart sees the same jump.
 *
 * @example
 * const clock = await loadClock(store.forTenant('t1'), Date.now)
 * clock.now()
 */
export async function loadClock(store: TenantStore, realTime: RealTime): Promise<Clock> {
  return clockOf(await readClockState(store), realTime)
}

/**
 * The state after `change`, one version later. Refuses (ValidationError, nothing written) a time
 * outside the years 2000-2200.
 */
function nextClockState(
  current: ClockState,
  change: ClockChange,
  realTime: RealTime,
  origin: string,
): ClockState {
  const real = realTime()
  const now = current.frozenAtMs ?? real + current.offsetMs
  const next = { version: nextVersion(current.version, real), origin }
  if (change.freeze === true) return { ...next, offsetMs: now - real, frozenAtMs: now }
  if (change.freeze === false) return { ...next, offsetMs: now - real }
  const field = change.advance !== undefined ? 'advance' : 'set'
  const target =
    change.advance !== undefined
      ? now + parseDuration(change.advance)
      : Date.parse(change.set ?? '')
  if (!inRange(target)) {
    throw ValidationError.forField(
      field,
      `The sandbox time must stay ${RANGE_TEXT}; ${field} "${change.advance ?? change.set}" would move it outside. Nothing was changed.`,
    )
  }
  return current.frozenAtMs === undefined
    ? { ...next, offsetMs: target - real }
    : { ...next, offsetMs: target - real, frozenAtMs: target }
}

/**
 * Applies `{advance}`, `{set}` or `{freeze}` atomically and returns the new state.
 *
 * @example
 * const state = await changeClock(store, Date.now, { advance: '48h' }, 'usps')
 */
export async function changeClock(
  store: TenantStore,
  realTime: RealTime,
  change: ClockChange,
  origin = 'local',
): Promise<ClockState> {
  // Checked before the write: an absurd change throws here and leaves the stored state alone.
  let written: ClockState = INITIAL
  await store.update<unknown>(CLOCK_COLLECTION, CLOCK_ID, (stored) => {
    written = nextClockState(stateOf(stored), change, realTime, origin)
    return written
  })
  return written
}

/**
 * Stores a state received from a peer when it is newer than ours (higher version, or the same
 * version from a later-named origin); true when it was applied. Repeats and late arrivals are no-ops.
 */
export async function acceptClockState(store: TenantStore, incoming: ClockState): Promise<boolean> {
  let applied = false
  await store.update<unknown>(CLOCK_COLLECTION, CLOCK_ID, (stored) => {
    applied = isNewer(incoming, stateOf(stored))
    return applied ? incoming : stored
  })
  return applied
}

/** Writes a state unconditionally (a restore), one version above whatever is stored. */
export async function replaceClockState(
  store: TenantStore,
  state: Omit<ClockState, 'version'> & { version?: number },
  realTime: RealTime,
): Promise<ClockState> {
  let written: ClockState = INITIAL
  await store.update<unknown>(CLOCK_COLLECTION, CLOCK_ID, (stored) => {
    const version = Math.max(nextVersion(stateOf(stored).version, realTime()), state.version ?? 0)
    written = { ...state, version }
    return written
  })
  return written
}

/**
 * Versions are the real time of the change (or one more than the last, if real time has not moved
 * past it): a later change wins on every service, and a service whose store was emptied (reset)
 * still writes versions above the ones its peers hold.
 */
function nextVersion(current: number, realNow: number): number {
  return Math.max(current + 1, Math.floor(realNow))
}

function isNewer(a: ClockState, b: ClockState): boolean {
  return a.version > b.version || (a.version === b.version && a.origin > b.origin)
}

function inRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS
}
