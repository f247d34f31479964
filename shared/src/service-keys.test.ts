import { createLocalJWKSet, jwtVerify, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { ownKeySet } from './peer-key-set'
import { jwksOf, loadServiceKeys, SERVICE_TOKEN_ALG, type ServiceKeys } from './service-keys'
import { createMemoryStore } from './store/memory-store'

const signWith = (keys: ServiceKeys) =>
  new SignJWT({ sub: 'x' })
    .setProtectedHeader({ alg: SERVICE_TOKEN_ALG, kid: keys.kid })
    .sign(keys.privateKey)

describe('service keys', () => {
  it('keeps the same key and kid across restarts of the same store', async () => {
    const store = createMemoryStore()
    const first = await loadServiceKeys(store)
    const second = await loadServiceKeys(store)
    expect(second.kid).toBe(first.kid)
    expect(jwksOf(first).keys[0]).toMatchObject({ kid: first.kid, alg: 'ES256', kty: 'EC' })
    expect(jwksOf(first).keys[0]).not.toHaveProperty('d')
  })

  it('signs with the generated key as with the stored one after a restart', async () => {
    const store = createMemoryStore()
    const generated = await loadServiceKeys(store)
    const reloaded = await loadServiceKeys(store)
    const reloadedKeys = createLocalJWKSet(jwksOf(reloaded))
    const generatedKeys = createLocalJWKSet(jwksOf(generated))
    await expect(jwtVerify(await signWith(generated), reloadedKeys)).resolves.toBeDefined()
    await expect(jwtVerify(await signWith(reloaded), generatedKeys)).resolves.toBeDefined()
  })

  it('gives one key set per key, which refuses tokens of another key', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const other = await loadServiceKeys(createMemoryStore())
    expect(ownKeySet(keys)).toBe(ownKeySet(keys))
    await expect(jwtVerify(await signWith(keys), ownKeySet(keys))).resolves.toBeDefined()
    await expect(jwtVerify(await signWith(other), ownKeySet(keys))).rejects.toThrow()
  })
})
