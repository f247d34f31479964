import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { CHALLENGE, oauthFlow } from './support/oauth-flow'

const register = (sandbox: ReturnType<typeof createInProcessSandbox>, body: unknown) =>
  sandbox.apps.usps.request('/__sandbox/oauth-clients', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('consent phishing through client registration', () => {
  it('refuses to register a client under a partner name the consent screen would show', async () => {
    const sandbox = createInProcessSandbox()
    for (const name of [
      'Auctane',
      ' auctane ',
      'AUCTANE',
      'Auctane, Inc.',
      'USPS',
      'Stamps.com',
      'ShipStation',
    ]) {
      const res = await register(sandbox, {
        clientId: `phish-${name.trim().replace(/\W/g, '').toLowerCase()}`,
        name,
        clientSecret: 'attacker-secret',
        redirectUris: ['http://127.0.0.1:9999/steal'],
      })
      expect(res.status, name).toBeGreaterThanOrEqual(400)
      expect(res.status, name).toBeLessThan(500)
    }
  })

  it('marks a registered client as a sandbox test client on the consent screen, and not Auctane', async () => {
    const sandbox = createInProcessSandbox()
    const done = await runScenario(await loadHappyPath(), sandbox)
    expect(failuresOf(done)).toEqual([])
    const created = await register(sandbox, {
      clientId: 'acme-test',
      name: 'Acme Shipping',
      clientSecret: 'acme-secret-123',
      allowLoopbackRedirects: true,
    })
    expect(created.status).toBe(201)
    const flow = oauthFlow(sandbox, done)
    const consentOf = async (params: Record<string, string>) => {
      const start = await flow.authorize(params)
      const url = start.redirects[0] ?? ''
      expect(url).toContain('/oauth2/v3/consent/')
      return (
        await done.client.send({
          method: 'GET',
          url,
          headers: { accept: 'text/html' },
          follow: false,
        })
      ).body
    }
    const acme = await consentOf({
      response_type: 'code',
      client_id: 'acme-test',
      redirect_uri: 'http://127.0.0.1:9/cb',
      scope: 'payments',
      state: 's',
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
    })
    expect(acme).toContain('Acme Shipping')
    expect(acme.toLowerCase()).toContain('sandbox test client')
    const auctane = await consentOf(flow.auctaneParams())
    expect(auctane.toLowerCase()).not.toContain('sandbox test client')
  })
})
