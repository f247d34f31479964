import { describe, expect, it } from 'vitest'
import { changeClock, loadClock, parseDuration } from './clock'
import { ValidationError } from './errors'
import { createMemoryStore } from './store/memory-store'

const realTime = () => Date.parse('2026-01-01T00:00:00Z')

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
    const clock = await changeClock(store, realTime, { set: '2027-05-01T12:00:00Z' })
    expect(clock.now().toISOString()).toBe('2027-05-01T12:00:00.000Z')
  })

  it('keeps each tenant on its own clock', async () => {
    const store = createMemoryStore()
    await changeClock(store.forTenant('a'), realTime, { advance: '1d' })
    const other = await loadClock(store.forTenant('b'), realTime)
    expect(other.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })

  it('parses every unit and refuses anything else', () => {
    expect(parseDuration('1500ms')).toBe(1500)
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('10m')).toBe(600_000)
    expect(parseDuration('2d')).toBe(172_800_000)
    expect(() => parseDuration('two days')).toThrow(ValidationError)
  })
})
