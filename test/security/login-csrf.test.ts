import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { loadServiceKeys, type OutboxMessage } from '@partner-sandbox/shared'
import { describe, expect, it } from 'vitest'
import { failuresOf, getJson, loadHappyPath } from '../support/happy-path'
import { genuineToken } from './support/forge-token'

async function victim() {
  const sandbox = createInProcessSandbox()
  const done = await runScenario(await loadHappyPath(), sandbox)
  expect(failuresOf(done)).toEqual([])
  return { sandbox, done }
}

describe('login CSRF through links', () => {
  it('does not swap a signed-in Stamps.com customer into the account of an attacker sign-in link', async () => {
    const { sandbox, done } = await victim()
    const connection = `${sandbox.urls.stamps}/api/v1/connection`
    const before = await getJson(done, connection)
    // A genuine link, as the attacker gets from their own ShipStation account.
    const token = await genuineToken({
      keys: await loadServiceKeys(sandbox.stores.shipstation),
      type: 'sso+jwt',
      issuer: sandbox.urls.shipstation,
      audience: sandbox.urls.stamps,
      tenant: 'default',
      subject: 'ss_attacker',
      claims: { email: 'mallory@example.com', name: 'Mallory', company: 'Evil LLC' },
      now: new Date(),
    })
    const clicked = await done.client.send({
      method: 'GET',
      url: `${sandbox.urls.stamps}/sso?token=${token}`,
      headers: { accept: 'text/html', 'sec-fetch-site': 'cross-site' },
      follow: true,
    })
    expect(clicked.status).toBeLessThan(500)
    expect(await getJson(done, connection)).toEqual(before)
  })

  it('refuses a used USPS email-validation link two hours later, and keeps the session', async () => {
    const { sandbox, done } = await victim()
    const outbox = (await (
      await sandbox.apps.usps.request('/__sandbox/outbox')
    ).json()) as OutboxMessage[]
    const link = outbox.find((m) => m.link?.includes('/register/validate'))?.link
    expect(link).toBeDefined()
    const account = `${sandbox.urls.usps}/api/v1/account`
    const before = await getJson(done, account)
    await sandbox.apps.usps.request('/__sandbox/clock', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance: '2h' }),
    })
    const clicked = await done.client.send({
      method: 'GET',
      url: link ?? '',
      headers: { accept: 'text/html' },
      follow: false,
    })
    expect(clicked.status).toBeGreaterThanOrEqual(400)
    expect(clicked.status).toBeLessThan(500)
    expect(await getJson(done, account)).toEqual(before)
  })
})
