import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, getJson, loadHappyPath } from './support/happy-path'

const REGISTRATION = {
  firstName: 'Grace',
  lastName: 'Hopper',
  company: 'Compilers Inc',
  email: 'grace@example.com',
  phone: '(555) 010-0199',
  password: 'Sandbox-pass-1',
  promoCode: 'usps-nsa-demo',
}
const CARD = {
  cardholderName: 'Grace Hopper',
  cardNumber: '4242424242424242',
  expiry: '12/34',
  cvc: '123',
  billingZip: '10001',
}

describe('happy path, in process', () => {
  it('walks the credit-card onboarding and all three services agree on the outcome', async () => {
    const sandbox = createInProcessSandbox()
    const result = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(result)).toEqual([])
    expect(result.skipped).toEqual([])

    const account = await getJson(result, `${sandbox.urls.shipstation}/api/v1/account`)
    expect(account).toMatchObject({
      emailVerified: true,
      phoneVerified: true,
      hasPaymentMethod: true,
      copStatus: 'approved',
      nsaRatesActive: true,
      prompts: { popup: false, banners: [] },
    })
    const connection = await getJson(result, `${sandbox.urls.stamps}/api/v1/connection`)
    expect(connection).toMatchObject({ status: 'approved' })
    const links = await getJson(result, `${sandbox.urls.usps}/__sandbox/nsa-links`)
    expect(links).toEqual([
      expect.objectContaining({
        status: 'approved',
        crid: result.variables.crid,
        mid: result.variables.mid,
        epsNumber: result.variables.eps,
      }),
    ])
    await sandbox.close()
  })

  it('shows the prompts over the JSON API only once verified and paying, then SSOs to Stamps.com', async () => {
    const sandbox = createInProcessSandbox()
    const ship = (path: string, init: { method?: string; token?: string; json?: unknown } = {}) =>
      sandbox.fetch(`${sandbox.urls.shipstation}${path}`, {
        method: init.method ?? (init.json ? 'POST' : 'GET'),
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      })
    const outbox = async (channel: 'email' | 'sms') => {
      const res = await sandbox.fetch(`${sandbox.urls.shipstation}/__sandbox/outbox`)
      const messages = (await res.json()) as { channel: string; code?: string }[]
      return messages.find((m) => m.channel === channel)?.code ?? ''
    }

    const refused = await ship('/api/v1/accounts', { json: { ...REGISTRATION, promoCode: 'NOPE' } })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-type')).toContain('application/problem+json')
    expect(await outbox('email')).toBe('')

    const created = await ship('/api/v1/accounts', { json: REGISTRATION })
    expect(created.status).toBe(201)
    const { sessionToken: token } = (await created.json()) as { sessionToken: string }
    const promptsNow = async () =>
      ((await (await ship('/api/v1/account', { token })).json()) as { prompts: unknown }).prompts
    expect(await promptsNow()).toEqual({ popup: false, banners: [] })

    const emailCode = await outbox('email')
    const wrongCode = await ship('/api/v1/account/email-verification', {
      token,
      json: { code: emailCode === '000000' ? '111111' : '000000' },
    })
    expect(wrongCode.status).toBeGreaterThanOrEqual(400)
    const stillUnverified = await (await ship('/api/v1/account', { token })).json()
    expect(stillUnverified).toMatchObject({ emailVerified: false })

    const email = await ship('/api/v1/account/email-verification', {
      token,
      json: { code: emailCode },
    })
    expect(email.status).toBe(200)
    const phone = await ship('/api/v1/account/phone-verification', {
      token,
      json: { code: await outbox('sms') },
    })
    expect(phone.status).toBe(200)
    expect(await promptsNow()).toEqual({ popup: false, banners: [] })
    const card = await ship('/api/v1/balance/payment-methods', { token, json: CARD })
    expect(card.status).toBe(201)
    expect(await promptsNow()).toEqual({
      popup: true,
      banners: [
        expect.objectContaining({
          text: 'Connect your USPS business account to Stamps.com to access NSA rates',
        }),
      ],
    })

    const sso = await ship('/api/v1/nsa/sso', { token, json: {} })
    const { url } = (await sso.json()) as { url: string }
    expect(url.startsWith(`${sandbox.urls.stamps}/sso?token=`)).toBe(true)
    const landing = await sandbox.fetch(url, { redirect: 'manual' })
    expect(landing.status).toBe(302)
    expect(landing.headers.get('location')).toMatch(/\/guidelines$/)
    const replay = await sandbox.fetch(url, { redirect: 'manual' })
    expect(replay.status).toBe(401)
    await sandbox.close()
  })

  it('refuses URLs of no sandbox service with a clear error', async () => {
    const sandbox = createInProcessSandbox()
    await expect(sandbox.fetch('http://fedex.sandbox.test/')).rejects.toThrow(
      /No sandbox service answers http:\/\/fedex\.sandbox\.test\//,
    )
  })
})
