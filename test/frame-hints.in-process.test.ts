import { createInProcessSandbox, type InProcessSandbox } from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'

// The service frame keeps per-tenant hints (the tenant's faults, its clock state, when the next
// micro-debit or webhook retry falls due) until the tenant's next write. These tests warm a hint,
// change the tenant behind it in every way the sandbox allows, and check the next request sees it.

function call(sandbox: InProcessSandbox, tenant: string) {
  return async (service: ServiceName, method: string, path: string, body?: unknown) => {
    const res = await sandbox.fetch(`${sandbox.urls[service]}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': tenant },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, text }
  }
}

describe('per-tenant hints of the service frame', () => {
  it('a fault armed through another service’s control API fires on the next request', async () => {
    const sandbox = createInProcessSandbox()
    const send = call(sandbox, 'hint-faults')
    const before = await send('usps', 'GET', '/payments/v3/payment-authorization')
    expect(before.status).not.toBe(503)
    const armed = await send('shipstation', 'POST', '/__sandbox/faults', {
      name: 'usps.payments-down',
      times: 1,
    })
    expect(armed.status).toBe(201)
    expect((await send('usps', 'GET', '/payments/v3/payment-authorization')).status).toBe(503)
    expect((await send('usps', 'GET', '/payments/v3/payment-authorization')).status).toBe(
      before.status,
    )
  })

  it('a fault brought back by a snapshot restore fires again', async () => {
    const sandbox = createInProcessSandbox()
    const send = call(sandbox, 'hint-restore')
    expect((await send('usps', 'GET', '/hint-probe')).status).toBe(404)
    const fault = { method: 'GET', path: '/hint-probe', status: 418, times: 1 }
    expect((await send('usps', 'POST', '/__sandbox/faults', fault)).status).toBe(201)
    expect((await send('usps', 'POST', '/__sandbox/snapshots', { name: 'armed' })).status).toBe(201)
    expect((await send('usps', 'GET', '/hint-probe')).status).toBe(418)
    expect((await send('usps', 'GET', '/hint-probe')).status).toBe(404)
    const restored = await send('usps', 'POST', '/__sandbox/snapshots/armed/restore')
    expect(restored.status).toBe(200)
    expect((await send('usps', 'GET', '/hint-probe')).status).toBe(418)
    // A reset removes it again.
    await send('usps', 'POST', '/__sandbox/snapshots/armed/restore')
    expect((await send('usps', 'POST', '/__sandbox/reset')).status).toBeLessThan(300)
    expect((await send('usps', 'GET', '/hint-probe')).status).toBe(404)
  })

  it('a clock moved on one service is the time of the next page on the others', async () => {
    const sandbox = createInProcessSandbox()
    const send = call(sandbox, 'hint-clock')
    // The footer of every page shows the sandbox time of the request (c.var.clock).
    const shownOn = async (service: ServiceName, path: string) => {
      const page = await send(service, 'GET', path)
      return Date.parse(/<time datetime="([^"]+)"/.exec(page.text)?.[1] ?? '')
    }
    const before = await shownOn('shipstation', '/register')
    expect(before).toBeGreaterThan(0)
    await shownOn('stamps', '/')
    expect((await send('usps', 'POST', '/__sandbox/clock', { advance: '30d' })).status).toBe(200)
    expect((await shownOn('shipstation', '/register')) - before).toBeGreaterThanOrEqual(
      30 * 86_400_000,
    )
    expect((await shownOn('usps', '/login')) - before).toBeGreaterThanOrEqual(30 * 86_400_000)
  })

  it('still refuses an invalid tenant name with the rule it breaks', async () => {
    const sandbox = createInProcessSandbox()
    const refused = await call(sandbox, '-not a tenant')('usps', 'GET', '/__sandbox/health')
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('A tenant name is 1-63 letters, digits')
  })
})
