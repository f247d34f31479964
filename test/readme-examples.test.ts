import { readFile } from 'node:fs/promises'
import { createInProcessSandbox } from '@partner-sandbox/scenarios'
import type { ServiceName } from '@partner-sandbox/shared'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * The JSON examples of the README marked `<!-- example: <service> <METHOD> <path> <status> -->`,
 * each sent to a fresh in-process sandbox as written.
 */
const MARKED =
  /<!-- example: (\w+) (GET|POST|PUT|DELETE) (\S+) (\d{3}) -->\n```json\n([\s\S]*?)```/g

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
const examples = [...readme.matchAll(MARKED)].map((m) => ({
  service: m[1] as ServiceName,
  method: m[2] ?? 'POST',
  path: m[3] ?? '/',
  status: Number(m[4]),
  body: m[5] ?? '',
}))
const sandbox = createInProcessSandbox()

describe('README examples', () => {
  afterAll(() => sandbox.close())

  it('are there', () => {
    expect(examples.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '/__sandbox/promo-codes',
        '/__sandbox/fixtures/shipstation-accounts',
      ]),
    )
  })

  it.each(examples)('$service $method $path answers $status', async (example) => {
    const res = await sandbox.fetch(`${sandbox.urls[example.service]}${example.path}`, {
      method: example.method,
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': 'readme' },
      body: example.body,
    })
    expect(res.status, await res.clone().text()).toBe(example.status)
  })

  it('refuses the promo code of the example a second time, as a single-use code', async () => {
    const example = examples.find((e) => e.path === '/__sandbox/promo-codes')
    const code = JSON.parse(example?.body ?? '{}').code as string
    const register = (email: string) =>
      sandbox.fetch(`${sandbox.urls.shipstation}/api/v1/accounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sandbox-tenant': 'readme-promo' },
        body: JSON.stringify({
          firstName: 'Read',
          lastName: 'Me',
          company: 'Docs Inc',
          email,
          phone: '555-010-0142',
          password: 'Sandbox-pass-1',
          promoCode: code,
        }),
      })
    await sandbox.fetch(`${sandbox.urls.shipstation}/__sandbox/promo-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sandbox-tenant': 'readme-promo' },
      body: example?.body,
    })
    expect((await register('one@example.com')).status).toBe(201)
    const second = await register('two@example.com')
    expect(second.status).toBe(409)
    expect(await second.json()).toMatchObject({ code: 'promo_code_used' })
  })
})
