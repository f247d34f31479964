import { describe, expect, it } from 'vitest'
import { TokenReplayedError } from './errors'
import { createMemoryStore } from './store/memory-store'
import { consumeTokenId } from './token-replay'

describe('token replay', () => {
  it('accepts a token id once', async () => {
    const store = createMemoryStore().forTenant('t1')
    const payload = { iss: 'http://ss', jti: 'abc', exp: 1_900_000_000 }
    await consumeTokenId(store, payload)
    await expect(consumeTokenId(store, payload)).rejects.toBeInstanceOf(TokenReplayedError)
  })
})
