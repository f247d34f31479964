import { createLocalJWKSet } from 'jose'
import { describe, expect, it } from 'vitest'
import type { Clock } from './clock'
import { InvalidTokenError, PeerUnavailableError } from './errors'
import { type KeySet, ownKeySet, peerKeySet } from './peer-key-set'
import { jwksOf, loadServiceKeys } from './service-keys'
import { signServiceToken } from './sign-service-token'
import { createMemoryStore } from './store/memory-store'
import { verifyServiceToken } from './verify-service-token'

const at = (iso: string): Clock => ({ now: () => new Date(iso) })
const t0 = at('2026-03-01T10:00:00Z')
const base = {
  type: 'sso+jwt',
  issuer: 'http://ss',
  audience: 'http://stamps',
  subject: 'acct_1',
  tenant: 't1',
  ttlSeconds: 60,
}

describe('service tokens', () => {
  it('signs tokens that verify with kid, tenant and jti', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const token = await signServiceToken(keys, { ...base, clock: t0, claims: { email: 'a@b.c' } })
    const payload = await verifyServiceToken(token, createLocalJWKSet(jwksOf(keys)), {
      type: 'sso+jwt',
      issuer: 'http://ss',
      audience: 'http://stamps',
      clock: t0,
    })
    expect(payload).toMatchObject({ sub: 'acct_1', tenant: 't1', email: 'a@b.c' })
    expect(payload.jti).toMatch(/.{16,}/)
  })

  it('refuses an expired token by the sandbox clock', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const token = await signServiceToken(keys, { ...base, clock: t0 })
    const later = at('2026-03-01T10:02:00Z')
    await expect(
      verifyServiceToken(token, createLocalJWKSet(jwksOf(keys)), {
        type: 'sso+jwt',
        issuer: 'http://ss',
        audience: 'http://stamps',
        clock: later,
      }),
    ).rejects.toThrow(/expired/)
  })

  it('refuses a token signed by another key, of another type or for another audience', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const forger = await loadServiceKeys(createMemoryStore())
    const jwks = createLocalJWKSet(jwksOf(keys))
    const verify = (token: string, over: Partial<{ type: string; audience: string }> = {}) =>
      verifyServiceToken(token, jwks, {
        type: 'sso+jwt',
        issuer: 'http://ss',
        audience: 'http://stamps',
        clock: t0,
        ...over,
      })
    await expect(
      verify(await signServiceToken(forger, { ...base, clock: t0 })),
    ).rejects.toBeInstanceOf(InvalidTokenError)
    await expect(
      verify(await signServiceToken(keys, { ...base, type: 'event+jwt', clock: t0 })),
    ).rejects.toThrow(/typ/)
    await expect(
      verify(await signServiceToken(keys, { ...base, clock: t0 }), { audience: 'http://other' }),
    ).rejects.toThrow(/aud/)
  })
})

describe('token verification against a peer that is down', () => {
  it('reports the peer as unavailable, not the token as invalid', async () => {
    const keys = await loadServiceKeys(createMemoryStore())
    const token = await signServiceToken(keys, { ...base, clock: t0 })
    const down = peerKeySet({
      name: 'shipstation',
      baseUrl: 'http://ss.test',
      fetch: async () => {
        throw new TypeError('fetch failed')
      },
    })
    await expect(
      verifyServiceToken(token, down, {
        type: 'sso+jwt',
        issuer: 'http://ss',
        audience: 'http://stamps',
        clock: t0,
      }),
    ).rejects.toBeInstanceOf(PeerUnavailableError)
  })

  describe('a token read back by its own issuer (verified once, then remembered)', () => {
    const own = { type: 'sso+jwt', issuer: 'http://ss', audience: 'http://stamps' }

    it('keeps refusing it once the sandbox clock passes its expiry', async () => {
      const keys = await loadServiceKeys(createMemoryStore())
      const token = await signServiceToken(keys, { ...base, clock: t0 })
      const keySet = ownKeySet(keys)
      await expect(verifyServiceToken(token, keySet, { ...own, clock: t0 })).resolves.toMatchObject(
        { sub: 'acct_1' },
      )
      await expect(
        verifyServiceToken(token, keySet, { ...own, clock: at('2026-03-01T10:01:00Z') }),
      ).rejects.toThrow(/expired/)
      // Moved back inside its lifetime (a snapshot restored), it is valid again.
      await expect(
        verifyServiceToken(token, keySet, { ...own, clock: at('2026-03-01T10:00:59Z') }),
      ).resolves.toMatchObject({ sub: 'acct_1' })
    })

    it('still checks type, issuer and audience on every call', async () => {
      const keys = await loadServiceKeys(createMemoryStore())
      const token = await signServiceToken(keys, { ...base, clock: t0 })
      const keySet = ownKeySet(keys)
      await verifyServiceToken(token, keySet, { ...own, clock: t0 })
      for (const over of [{ type: 'at+jwt' }, { issuer: 'http://x' }, { audience: 'http://x' }]) {
        await expect(
          verifyServiceToken(token, keySet, { ...own, ...over, clock: t0 }),
        ).rejects.toBeInstanceOf(InvalidTokenError)
      }
    })

    it("asks a peer's key set again every time, since a peer's keys may change", async () => {
      const keys = await loadServiceKeys(createMemoryStore())
      const token = await signServiceToken(keys, { ...base, clock: t0 })
      const local = createLocalJWKSet(jwksOf(keys))
      let asked = 0
      const peer: KeySet = (header, input) => {
        asked++
        return local(header, input)
      }
      await verifyServiceToken(token, peer, { ...own, clock: t0 })
      await verifyServiceToken(token, peer, { ...own, clock: t0 })
      expect(asked).toBe(2)
    })
  })
})
