import { runScenario } from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { countingSandbox } from './support/counting-store'
import { failuresOf, loadHappyPath } from './support/happy-path'

// The same four bad bodies as bad-json-input.test.ts, on the API-Key and partner+jwt routes.
const BAD_BODIES = ['{}', '{"not json', '[]', '{"email": 42, "code": {"$ne": 1}}']

/** ShipStation API v2 routes (API-Key) and the Stamps.com back channel (partner+jwt). */
const KEYED_ENDPOINTS: [ServiceName, string, string][] = [
  ['shipstation', 'POST', '/v2/rates'],
  ['shipstation', 'POST', '/v2/labels'],
  ['shipstation', 'POST', '/v2/labels/rates/se-1'],
  ['shipstation', 'PUT', '/v2/carriers/{carrier}/add_funds'],
  ['shipstation', 'POST', '/v2/environment/webhooks'],
  ['shipstation', 'PUT', '/v2/environment/webhooks/se-1'],
  ['stamps', 'POST', '/partner/v1/rates'],
  ['stamps', 'POST', '/partner/v1/labels'],
]

describe('bad input on the rates, labels and webhooks APIs', () => {
  it('answers 4xx in the API own error format and writes nothing, with a valid API key', async () => {
    const { sandbox, writes } = countingSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const created = await done.client.send({
      method: 'POST',
      url: `${sandbox.urls.shipstation}/settings/api-keys`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      follow: false,
    })
    const apiKey = created.body.match(/data-testid="new-api-key">([^<]+)</)?.[1] ?? ''
    const carriers = await sandbox.fetch(`${sandbox.urls.shipstation}/v2/carriers`, {
      headers: { 'API-Key': apiKey },
    })
    const { carriers: list } = (await carriers.json()) as { carriers: { carrier_id: string }[] }
    const carrier = list[0]?.carrier_id ?? ''

    const answers: string[] = []
    for (const [service, method, template] of KEYED_ENDPOINTS) {
      const path = template.replace('{carrier}', carrier)
      for (const body of BAD_BODIES) {
        const before = writes(service)
        const res = await sandbox.fetch(`${sandbox.urls[service]}${path}`, {
          method,
          headers: { 'content-type': 'application/json', 'API-Key': apiKey },
          body,
        })
        const text = await res.text()
        const written = writes(service) - before
        answers.push(
          `${res.status >= 400 && res.status < 500 && isJson(text) && written === 0 ? 'ok' : 'BAD'} ${res.status} writes=${written} ${service} ${method} ${path} ${body}`,
        )
      }
    }
    expect(answers.filter((a) => !a.startsWith('ok'))).toEqual([])
    expect(answers).toHaveLength(KEYED_ENDPOINTS.length * BAD_BODIES.length)
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
