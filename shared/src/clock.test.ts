import { describe, expect, it } from 'vitest'
import {
  acceptClockState,
  CLOCK_COLLECTION,
  ClockChange,
  changeClock,
  loadClock,
  parseDuration,
  readClockState,
} from './clock'
import { ValidationError } from './errors'
import { createMemoryStore } from './store/memory-store'

const T0 = Date.parse('2026-01-01T00:00:00Z')
let real = T0
const realTime = () => real

describe('sandbox clock', () => {
  it('starts at real time', async () => {
    const clock = await loadClock(createMemoryStore().forTenant('t'), realTime)
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('advances by a duration and remembers it in the store', async () => {
    const store = createMemoryStore().forTenant('t')
    await changeClock(store, realTime, { advance: '48h' })
    const reloaded = await loadClock(store, realTime)
    expect(reloaded.now().toISOString()).toBe('2026-01-03T00:00:00.000Z')
  })

  it('sets an absolute time', async () => {
    const store = createMemoryStore().forTenant('t')
    await changeClock(store, realTime, { set: '2027-05-01T12:00:00Z' })
    expect((await loadClock(store, realTime)).now().toISOString()).toBe('2027-05-01T12:00:00.000Z')
  })

  it('keeps each tenant on its own clock', async () => {
    const store = createMemoryStore()
    await changeClock(store.forTenant('a'), realTime, { advance: '1d' })
    const other = await loadClock(store.forTenant('b'), realTime)
    expect(other.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('freezes while real time passes, and resumes from where it stood', async () => {
    const store = createMemoryStore().forTenant('t')
    real = T0
    await changeClock(store, realTime, { freeze: true })
    real = T0 + 3_600_000
    const frozen = await loadClock(store, realTime)
    expect(frozen.frozen).toBe(true)
    expect(frozen.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
    await changeClock(store, realTime, { advance: '1d' })
    expect((await loadClock(store, realTime)).now().toISOString()).toBe('2026-01-02T00:00:00.000Z')
    await changeClock(store, realTime, { freeze: false })
    real = T0 + 2 * 3_600_000
    const running = await loadClock(store, realTime)
    expect(running.frozen).toBe(false)
    expect(running.now().toISOString()).toBe('2026-01-02T01:00:00.000Z')
    real = T0
  })

  it('refuses a time outside 2000-2200 and leaves the stored clock as it was', async () => {
    const store = createMemoryStore().forTenant('t')
    await changeClock(store, realTime, { advance: '1h' })
    const before = await store.get(CLOCK_COLLECTION, 'clock')
    await expect(changeClock(store, realTime, { advance: '999999999999999d' })).rejects.toThrow(
      ValidationError,
    )
    await expect(changeClock(store, realTime, { set: '1999-12-31T23:59:59Z' })).rejects.toThrow(
      /between the years 2000 and 2200/,
    )
    await expect(changeClock(store, realTime, { set: '2201-01-01T00:00:00Z' })).rejects.toThrow(
      ValidationError,
    )
    expect(await store.get(CLOCK_COLLECTION, 'clock')).toEqual(before)
  })

  it('accepts exactly one of advance, set or freeze, and no overlong number', () => {
    expect(ClockChange.safeParse({ advance: '48h' }).success).toBe(true)
    expect(ClockChange.safeParse({ advance: '9999999999999999d' }).success).toBe(false)
    expect(ClockChange.safeParse({ advance: 'NaNh' }).success).toBe(false)
    expect(ClockChange.safeParse({ set: 'NaN' }).success).toBe(false)
    expect(ClockChange.safeParse({}).success).toBe(false)
    expect(ClockChange.safeParse({ advance: '1h', freeze: true }).success).toBe(false)
    expect(ClockChange.safeParse({ freeze: 'yes' }).success).toBe(false)
  })

  it('ignores a broken stored offset instead of failing every request', async () => {
    const store = createMemoryStore().forTenant('t')
    await store.put(CLOCK_COLLECTION, 'clock', { offsetMs: 1e30, version: 3, origin: 'usps' })
    expect((await loadClock(store, realTime)).now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
    await store.put(CLOCK_COLLECTION, 'clock', { offsetMs: 3_600_000 })
    expect((await loadClock(store, realTime)).now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('takes a peer state only when it is newer, so repeats and late syncs change nothing', async () => {
    const store = createMemoryStore().forTenant('t')
    const mine = await changeClock(store, realTime, { advance: '2h' }, 'usps')
    const older = { offsetMs: 1, version: mine.version - 1, origin: 'stamps' }
    expect(await acceptClockState(store, older)).toBe(false)
    const newer = { offsetMs: 60_000, version: mine.version + 1, origin: 'stamps' }
    expect(await acceptClockState(store, newer)).toBe(true)
    expect(await acceptClockState(store, newer)).toBe(false)
    expect(await readClockState(store)).toEqual(newer)
  })

  it('parses every unit and refuses anything else', () => {
    expect(parseDuration('1500ms')).toBe(1500)
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('10m')).toBe(600_000)
    expect(parseDuration('2d')).toBe(172_800_000)
    expect(() => parseDuration('two days')).toThrow(ValidationError)
  })
})
