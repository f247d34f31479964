import { createMemoryStore } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { UniqueNumberExhaustedError } from '../errors'
import { claimUniqueNumber, ownerOfNumber } from './unique-number'

describe('claimUniqueNumber', () => {
  it('skips numbers another record holds', async () => {
    const store = createMemoryStore().forTenant('t')
    const draws = ['11', '11', '22']
    const next = () => draws.shift() ?? '99'
    expect(await claimUniqueNumber(store, 'crids', next, 'acct_a')).toBe('11')
    expect(await claimUniqueNumber(store, 'crids', next, 'acct_b')).toBe('22')
    expect(await ownerOfNumber(store, 'crids', '22')).toBe('acct_b')
  })

  it('gives up with a typed error when every draw is taken', async () => {
    const store = createMemoryStore().forTenant('t')
    await claimUniqueNumber(store, 'mids', () => '7', 'acct_a')
    const refusal = await claimUniqueNumber(store, 'mids', () => '7', 'acct_b').catch((e) => e)
    expect(refusal).toBeInstanceOf(UniqueNumberExhaustedError)
    expect(refusal).toMatchObject({ code: 'unique_number_exhausted', status: 500 })
    expect(await ownerOfNumber(store, 'mids', '7')).toBe('acct_a')
  })
})
