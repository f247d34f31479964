import * as oauth from 'oauth4webapi'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { installPartnerSandbox } from './install-partner-sandbox'

const sandbox = installPartnerSandbox({ beforeAll, beforeEach, afterAll })

const issuer = new URL('https://apis-tem.usps.com')
const client: oauth.Client = { client_id: 'sandbox-public-client' }
const redirectUri = 'http://127.0.0.1:8080/callback'

describe('sandbox.oauth', () => {
  it('grants consent in plain HTTP: oauth4webapi turns the callback into tokens', async () => {
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oauth2' }),
    )
    const account = await sandbox.fixtures.uspsAccount()
    const codeVerifier = oauth.generateRandomCodeVerifier()
    const state = oauth.generateRandomState()
    const callback = await sandbox.oauth.authorize({
      clientId: client.client_id,
      redirectUri,
      scope: 'payments labels',
      state,
      codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      account,
    })
    expect(callback.origin + callback.pathname).toBe(redirectUri)
    const params = oauth.validateAuthResponse(as, client, callback, state)
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        params,
        redirectUri,
        codeVerifier,
      ),
    )
    expect(tokens).toMatchObject({ token_type: 'bearer', scope: 'payments labels' })
  })

  it('denies consent: the callback carries access_denied and the state', async () => {
    const account = await sandbox.fixtures.uspsAccount()
    const callback = await sandbox.oauth.authorize({
      clientId: client.client_id,
      redirectUri,
      scope: 'payments',
      state: 'st-1',
      codeChallenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      account,
      answer: 'deny',
    })
    expect(Object.fromEntries(callback.searchParams)).toMatchObject({
      error: 'access_denied',
      state: 'st-1',
    })
  })

  it('answers a refused request (no PKCE for a public client) with the client redirect', async () => {
    const account = await sandbox.fixtures.uspsAccount()
    const callback = await sandbox.oauth.authorize({
      clientId: client.client_id,
      redirectUri,
      scope: 'payments',
      state: 'st-2',
      account,
    })
    expect(callback.searchParams.get('error')).toBe('invalid_request')
  })

  it('fails with the answer when the password is wrong', async () => {
    const account = await sandbox.fixtures.uspsAccount()
    const url = new URL('https://apis-tem.usps.com/oauth2/v3/authorize')
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: redirectUri,
      scope: 'payments',
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
    }).toString()
    await expect(
      sandbox.oauth.consent(url, { ...account, password: 'Wrong-pass-1' }),
    ).rejects.toThrow(/\/login: expected 302, got 4\d\d/)
  })
})
