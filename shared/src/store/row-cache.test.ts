import { describe, expect, it } from 'vitest'
import { rowCache } from './row-cache'

describe('rowCache', () => {
  it('answers only for the generation the row was read at', () => {
    const cache = rowCache({ maxRows: 10, maxTextLength: 100 })
    cache.set('t1', 1, 'accounts\0a', '{"n":1}')
    cache.set('t1', 1, 'accounts\0b', null)
    expect(cache.get('t1', 1, 'accounts\0a')).toBe('{"n":1}')
    expect(cache.get('t1', 1, 'accounts\0b')).toBeNull()
    expect(cache.get('t1', 1, 'accounts\0c')).toBeUndefined()
    expect(cache.get('t2', 1, 'accounts\0a')).toBeUndefined()
    expect(cache.get('t1', 2, 'accounts\0a')).toBeUndefined()
    // The tenant's rows went with the old generation.
    expect(cache.get('t1', 1, 'accounts\0a')).toBeUndefined()
  })

  it('keeps no text longer than maxTextLength', () => {
    const cache = rowCache({ maxRows: 10, maxTextLength: 4 })
    cache.set('t1', 1, 'k', '"long"')
    expect(cache.get('t1', 1, 'k')).toBeUndefined()
  })

  it('holds at most maxRows, dropping the tenant filled longest ago', () => {
    const cache = rowCache({ maxRows: 3, maxTextLength: 100 })
    cache.set('t1', 1, 'a', '1')
    cache.set('t2', 1, 'a', '2')
    cache.set('t2', 1, 'b', '3')
    cache.set('t3', 1, 'a', '4')
    expect(cache.get('t1', 1, 'a')).toBeUndefined()
    expect(cache.get('t2', 1, 'b')).toBe('3')
    expect(cache.get('t3', 1, 'a')).toBe('4')
    // A tenant alone over the bound keeps its latest row.
    for (const key of ['a', 'b', 'c', 'd']) cache.set('t4', 1, key, key)
    expect(cache.get('t4', 1, 'd')).toBe('d')
    expect(cache.get('t4', 1, 'a')).toBeUndefined()
    expect(cache.get('t2', 1, 'b')).toBeUndefined()
  })
})
