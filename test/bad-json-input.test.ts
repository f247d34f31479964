import { runScenario } from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from './support/counting-store'
import { failuresOf, loadHappyPath } from './support/happy-path'

/** Every endpoint of the path that takes input, as [service, method, path]. */
const ENDPOINTS: [ServiceName, string, string][] = [
  ['shipstation', 'POST', '/api/v1/accounts'],
  ['shipstation', 'POST', '/api/v1/sessions'],
  ['shipstation', 'POST', '/api/v1/account/email-verification'],
  ['shipstation', 'POST', '/api/v1/account/phone-verification'],
  ['shipstation', 'POST', '/api/v1/balance/payment-methods'],
  ['shipstation', 'POST', '/partner/events'],
  ['shipstation', 'POST', '/__sandbox/promo-codes'],
  ['shipstation', 'POST', '/api/v1/balance/funds'],
  ['shipstation', 'PUT', '/api/v1/balance/auto-funding'],
  ['shipstation', 'POST', '/__sandbox/fixtures/shipstation-accounts'],
  ['stamps', 'POST', '/api/v1/sso'],
  ['stamps', 'POST', '/api/v1/usps/callback'],
  ['stamps', 'POST', '/api/v1/connection/identifiers'],
  ['stamps', 'POST', '/partner/events'],
  ['stamps', 'POST', '/api/v1/sso/choice'],
  ['stamps', 'POST', '/__sandbox/fixtures/cop-accounts'],
  ['usps', 'POST', '/api/v1/registrations'],
  ['usps', 'POST', '/api/v1/registrations/current/validation'],
  ['usps', 'PUT', '/api/v1/registrations/current/company'],
  ['usps', 'PUT', '/api/v1/registrations/current/contact'],
  ['usps', 'POST', '/api/v1/registrations/current/account'],
  ['usps', 'POST', '/api/v1/sessions'],
  ['usps', 'POST', '/api/v1/sessions/current/mfa'],
  ['usps', 'POST', '/api/v1/sessions/current/mfa/resend'],
  ['usps', 'POST', '/api/v1/payment-account/credit-card'],
  ['usps', 'POST', '/api/v1/payment-account/ach'],
  ['usps', 'POST', '/api/v1/payment-account/verification'],
  ['usps', 'POST', '/oauth2/v3/token'],
  ['usps', 'POST', '/oauth2/v3/revoke'],
  ['usps', 'POST', '/payments/v3/payment-authorization'],
  ['usps', 'POST', '/prices/v3/base-rates/search'],
  ['usps', 'POST', '/prices/v3/total-rates/search'],
  ['usps', 'POST', '/labels/v3/label'],
  ['usps', 'POST', '/__sandbox/oauth-clients'],
  ['usps', 'POST', '/__sandbox/nsa-links/nsa_unknown/approve'],
  ['usps', 'POST', '/oauth2/v3/introspect'],
  ['usps', 'POST', '/__sandbox/fixtures/usps-accounts'],
  ['usps', 'POST', '/__sandbox/rep/links/nsa_unknown/approve'],
  ['usps', 'POST', '/__sandbox/rep/links/nsa_unknown/reject'],
  ['usps', 'PUT', '/__sandbox/rep/contracts/0000000000'],
  ['usps', 'POST', '/__sandbox/rep/promo-codes'],
  ['usps', 'POST', '/__sandbox/promo-codes'],
  ['usps', 'POST', '/__sandbox/clock'],
  ['stamps', 'POST', '/__sandbox/clock'],
  ['shipstation', 'POST', '/__sandbox/clock/sync'],
  ['usps', 'POST', '/__sandbox/snapshots'],
  ['stamps', 'POST', '/__sandbox/snapshots/nope/restore'],
  ['shipstation', 'POST', '/__sandbox/snapshots/nope/fork'],
  ['usps', 'POST', '/__sandbox/events/nope/redeliver'],
]

const BAD_BODIES = ['{}', '{"not json', '[]', '{"email": 42, "code": {"$ne": 1}}']

describe('bad input on every JSON endpoint of the path', () => {
  it('answers 4xx in the API own error format and writes nothing, for a signed-in customer', async () => {
    const { sandbox, writes } = countingSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])

    const answers: string[] = []
    for (const [service, method, path] of ENDPOINTS) {
      for (const body of BAD_BODIES) {
        const before = writes(service)
        const res = await done.client.send({
          method,
          url: `${sandbox.urls[service]}${path}`,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body,
          follow: false,
        })
        const written = writes(service) - before
        const json = isJson(res.body)
        answers.push(
          `${res.status >= 400 && res.status < 500 && json && written === 0 ? 'ok' : 'BAD'} ${res.status} writes=${written} ${service} ${method} ${path} ${body}`,
        )
      }
    }
    expect(answers.filter((a) => !a.startsWith('ok'))).toEqual([])
    expect(answers).toHaveLength(ENDPOINTS.length * BAD_BODIES.length)
    await sandbox.close()
  })
})

/** The USPS v3 calls that take input, sent with the customer's tokens so the body is reached. */
const V3_ENDPOINTS: [string, string, string[]][] = [
  ['POST', '/prices/v3/base-rates/search', BAD_BODIES],
  ['POST', '/prices/v3/total-rates/search', BAD_BODIES],
  ['POST', '/labels/v3/label', BAD_BODIES],
  ['GET', '/payments/v3/payment-account/{eps}', ['', '?accountType=OMAS', '?accountType=PERMIT']],
  ['DELETE', '/labels/v3/label/92050000000000000000000', ['']],
]

describe('bad input on the USPS APIs v3, with valid tokens', () => {
  it("answers 4xx in USPS's envelope and writes nothing (no label, no charge)", async () => {
    const { sandbox, writes, stores } = countingSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    // The customer's USPS token, as Stamps.com holds it after the link.
    const [cop] = await stores.stamps.forTenant('default').list<{
      usps?: { accessToken: string }
      identifiers?: { crid: string; mid: string; epsNumber: string }
    }>('cop_accounts')
    const token = cop?.usps?.accessToken ?? ''
    const ids = cop?.identifiers ?? { crid: '', mid: '', epsNumber: '' }
    const role = (roleName: string) => ({
      roleName,
      CRID: ids.crid,
      MID: ids.mid,
      manifestMID: ids.mid,
      accountType: 'EPS',
      accountNumber: ids.epsNumber,
    })
    const usps = sandbox.urls.usps
    const pay = await sandbox.fetch(
      new Request(`${usps}/payments/v3/payment-authorization`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ roles: [role('PAYER'), role('LABEL_OWNER')] }),
      }),
    )
    expect(pay.status).toBe(200)
    const { paymentAuthorizationToken } = (await pay.json()) as {
      paymentAuthorizationToken: string
    }

    const answers: string[] = []
    for (const [method, path, inputs] of V3_ENDPOINTS) {
      for (const input of inputs) {
        const before = writes('usps')
        const withBody = method === 'POST'
        const url = `${usps}${path.replace('{eps}', ids.epsNumber)}${withBody ? '' : input}`
        const res = await sandbox.fetch(
          new Request(url, {
            method,
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/vnd.usps.labels+json',
              'x-payment-authorization-token': paymentAuthorizationToken,
              ...(withBody ? { 'content-type': 'application/json' } : {}),
            },
            body: withBody ? input : undefined,
          }),
        )
        const body = (await res.json().catch(() => undefined)) as
          | { apiVersion?: string; error?: { errors?: { code: string }[] } }
          | undefined
        const written = writes('usps') - before
        const envelope = body?.apiVersion === '3.0' && (body.error?.errors?.length ?? 0) > 0
        const ok = res.status >= 400 && res.status < 500 && envelope && written === 0
        answers.push(
          `${ok ? 'ok' : 'BAD'} ${res.status} writes=${written} ${method} ${url} ${input}`,
        )
      }
    }
    expect(answers.filter((a) => !a.startsWith('ok'))).toEqual([])
    expect(answers).toHaveLength(V3_ENDPOINTS.reduce((n, [, , inputs]) => n + inputs.length, 0))
    await sandbox.close()
  })
})

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
