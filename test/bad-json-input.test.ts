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
  ['stamps', 'POST', '/api/v1/sso'],
  ['stamps', 'POST', '/api/v1/usps/callback'],
  ['stamps', 'POST', '/api/v1/connection/identifiers'],
  ['stamps', 'POST', '/partner/events'],
  ['usps', 'POST', '/api/v1/registrations'],
  ['usps', 'POST', '/api/v1/registrations/current/validation'],
  ['usps', 'PUT', '/api/v1/registrations/current/company'],
  ['usps', 'PUT', '/api/v1/registrations/current/contact'],
  ['usps', 'POST', '/api/v1/registrations/current/account'],
  ['usps', 'POST', '/api/v1/sessions'],
  ['usps', 'POST', '/api/v1/sessions/current/mfa'],
  ['usps', 'POST', '/api/v1/payment-account/credit-card'],
  ['usps', 'POST', '/api/v1/payment-account/ach'],
  ['usps', 'POST', '/api/v1/payment-account/verification'],
  ['usps', 'POST', '/oauth2/v3/token'],
  ['usps', 'POST', '/oauth2/v3/revoke'],
  ['usps', 'POST', '/payments/v3/payment-authorization'],
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

function isJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
