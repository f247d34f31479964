import { createInProcessSandbox, runScenario } from '@partner-sandbox/scenarios'
import { describe, expect, it } from 'vitest'
import { failuresOf, loadHappyPath } from '../support/happy-path'
import { AUCTANE_SECRET, basic, oauthFlow } from './support/oauth-flow'

async function signedInCustomer() {
  const sandbox = createInProcessSandbox()
  const done = await runScenario(await loadHappyPath(), sandbox)
  expect(failuresOf(done)).toEqual([])
  return { sandbox, flow: oauthFlow(sandbox, done) }
}

describe('OAuth 2.0 authorization server (USPS)', () => {
  it('never redirects to a redirect_uri that is not registered, however it is spelled', async () => {
    const { sandbox, flow } = await signedInCustomer()
    const stamps = sandbox.urls.stamps
    const host = new URL(stamps).host
    const variants = [
      'http://evil.example/usps/callback',
      `${stamps}/usps/callback/../../evil`,
      `${stamps}/usps/callbackx`,
      `${stamps}/usps/callback/`,
      `${stamps}/usps/Callback`,
      `${stamps}/usps/callback?next=http://evil.example`,
      `${stamps}/usps/callback#x`,
      `http://${host}.evil.example/usps/callback`,
      `http://${host}@evil.example/usps/callback`,
      `http://evil.example@${host}/usps/callback?`,
      `https://${host}/usps/callback`,
      `//evil.example/usps/callback`,
      'javascript:alert(1)//',
      `${stamps}:80@evil.example/usps/callback`,
      'http://127.0.0.1/cb',
    ]
    for (const redirectUri of variants) {
      const res = await flow.authorize(flow.auctaneParams({ redirect_uri: redirectUri }))
      expect(res.status, redirectUri).toBe(400)
      expect(res.headers.get('location'), redirectUri).toBeNull()
    }
    for (const redirectUri of [
      'http://127.0.0.1.evil.example/cb',
      'http://localhost.evil.example/cb',
      'http://127.0.0.1@evil.example/cb',
      'http://[::1].evil.example/cb',
      'http://0x7f000001.evil.example/cb',
    ]) {
      const res = await flow.authorize({
        response_type: 'code',
        client_id: 'sandbox-client',
        redirect_uri: redirectUri,
        scope: 'payments',
        state: 's',
      })
      expect(res.status, redirectUri).toBe(400)
      expect(res.headers.get('location'), redirectUri).toBeNull()
    }
  })

  it('issues no code without S256 PKCE for Auctane and the public client', async () => {
    const { flow } = await signedInCustomer()
    for (const change of [
      { code_challenge: undefined, code_challenge_method: undefined },
      { code_challenge_method: 'plain' },
      { code_challenge_method: 'S512' },
      { code_challenge: 'short' },
    ]) {
      for (const client of ['auctane', 'sandbox-public-client']) {
        const params = flow.auctaneParams({
          ...change,
          client_id: client,
          ...(client === 'sandbox-public-client' ? { redirect_uri: 'http://127.0.0.1:9/cb' } : {}),
        })
        const res = await flow.authorize(params)
        const location = res.headers.get('location') ?? ''
        expect(location, JSON.stringify(change)).not.toMatch(/[?&]code=/)
        expect(location.includes('/oauth2/v3/consent/'), JSON.stringify(change)).toBe(false)
      }
    }
  })

  it('refuses a wrong or missing code_verifier, a reused code and a code for another client', async () => {
    const { flow } = await signedInCustomer()
    const wrong = await flow.exchange(await flow.code(), { code_verifier: 'x'.repeat(43) })
    expect(wrong.status).toBe(400)
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' })

    const missing = await flow.exchange(await flow.code(), { code_verifier: '' })
    expect(missing.status).toBe(400)

    const code = await flow.code()
    const other = await flow.exchange(code, {}, basic('sandbox-client', 'sandbox-secret'))
    expect(other.status).toBe(400)
    const first = await flow.exchange(code)
    // The code was burned by the other client's attempt or is used here for the first time.
    expect([200, 400]).toContain(first.status)

    const fresh = await flow.code()
    expect((await flow.exchange(fresh)).status).toBe(200)
    const reused = await flow.exchange(fresh)
    expect(reused.status).toBe(400)
    expect(await reused.json()).toMatchObject({ error: 'invalid_grant' })
  })

  it('refuses a refresh token used twice, and bad client authentication', async () => {
    const { flow } = await signedInCustomer()
    const tokens = (await (await flow.exchange(await flow.code())).json()) as {
      refresh_token: string
    }
    const auth = basic('auctane', AUCTANE_SECRET)
    const refresh = (token: string, authorization = auth) =>
      flow.token({ grant_type: 'refresh_token', refresh_token: token }, authorization)
    const once = await refresh(tokens.refresh_token)
    expect(once.status).toBe(200)
    const twice = await refresh(tokens.refresh_token)
    expect(twice.status).toBe(400)
    expect(await twice.json()).toMatchObject({ error: 'invalid_grant' })

    const code = await flow.code()
    for (const authorization of [
      basic('auctane', 'wrong-secret'),
      basic('auctane', ''),
      basic('nobody', 'x'),
      'Basic %%%',
      `Basic ${Buffer.from('auctane%ZZ:x').toString('base64')}`,
      'Bearer auctane-sandbox-secret',
      '',
    ]) {
      const res = await flow.exchange(code, {}, authorization)
      expect(res.status, authorization).toBeGreaterThanOrEqual(400)
      expect(res.status, authorization).toBeLessThan(500)
    }
    const posted = await flow.exchange(code, { client_id: 'auctane', client_secret: 'nope' }, '')
    expect(posted.status).toBe(401)
  })
})
