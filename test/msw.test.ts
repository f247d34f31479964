import { createInProcessSandbox, sandboxHandlers } from '@partner-sandbox/scenarios'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

const sandbox = createInProcessSandbox()
const server = setupServer(...sandboxHandlers(sandbox))

describe('sandbox handlers for msw', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(async () => {
    server.close()
    await sandbox.close()
  })

  it('answers plain fetch calls to the sandbox base URLs', async () => {
    const res = await fetch('http://usps.sandbox.test/__sandbox/health')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', service: 'usps' })
  })

  it('lets code under test register a ShipStation account with its own fetch', async () => {
    const res = await fetch('http://shipstation.sandbox.test/api/v1/accounts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        firstName: 'Alan',
        lastName: 'Turing',
        company: 'Bletchley Ltd',
        email: 'alan@example.com',
        phone: '555-010-0142',
        password: 'Sandbox-pass-1',
        promoCode: 'USPS-NSA-DEMO',
      }),
    })
    expect(res.status).toBe(201)
    const outbox = await fetch(
      'http://shipstation.sandbox.test/__sandbox/outbox?to=alan@example.com',
    )
    expect(await outbox.json()).toEqual([expect.objectContaining({ channel: 'email' })])
  })

  it('still refuses requests to anything that is not the sandbox', async () => {
    await expect(fetch('http://example.invalid/')).rejects.toThrow()
  })
})
