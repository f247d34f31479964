import { describe, expect, it } from 'vitest'
import { jwksOf, loadServiceKeys } from './service-keys'
import { createMemoryStore } from './store/memory-store'

describe('service keys', () => {
  it('keeps the same key and kid across restarts of the same store', async () => {
    const store = createMemoryStore()
    const first = await loadServiceKeys(store)
    const second = await loadServiceKeys(store)
    expect(second.kid).toBe(first.kid)
    expect(jwksOf(first).keys[0]).toMatchObject({ kid: first.kid, alg: 'ES256', kty: 'EC' })
    expect(jwksOf(first).keys[0]).not.toHaveProperty('d')
  })
})
