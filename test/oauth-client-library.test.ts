// An off-the-shelf OAuth 2.0 client (oauth4webapi) against the USPS fake's authorization server,
// over a real port: discovery, authorization code + PKCE (public and confidential clients),
// refresh rotation (reuse revokes the family), introspection, revocation, a wrong code_verifier,
// client_credentials and a protected resource call; for seeded clients and for a client registered
// through the control API with an account from the fixtures API.
import { randomBytes } from 'node:crypto'
import { startHttpSandbox } from '@partner-sandbox/scenarios'
import type { OutboxMessage } from '@partner-sandbox/shared'
import * as oauth from 'oauth4webapi'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localSandboxConfig } from './support/free-port'

const PASSWORD = 'Postal12345'
const REDIRECT_URI = 'http://127.0.0.1:9/callback'
const PUBLIC_CLIENT: oauth.Client = { client_id: 'sandbox-public-client' }
const CONFIDENTIAL_CLIENT: oauth.Client = { client_id: 'sandbox-client' }
const CONFIDENTIAL_AUTH = oauth.ClientSecretBasic('sandbox-secret')

/** PAYER (the EPS account) and LABEL_OWNER, as Stamps.com sends them. */
function rolesFor(account: { crid: string; mid: string; epsNumber: string }) {
  return [
    { roleName: 'PAYER', CRID: account.crid, accountType: 'EPS', accountNumber: account.epsNumber },
    { roleName: 'LABEL_OWNER', CRID: account.crid, MID: account.mid, manifestMID: account.mid },
  ]
}

/**
 * A USPS customer in a tenant of their own, driven with a supertest agent: it keeps the cookies
 * and follows no redirect, so the callback to the (unserved) loopback redirect URI is only read.
 */
class UspsCustomer {
  readonly tenant = `oauth-lib-${randomBytes(4).toString('hex')}`
  readonly email = `${this.tenant}@example.com`
  readonly username = this.tenant.replaceAll('-', '_')
  private readonly agent: ReturnType<typeof request.agent>

  constructor(private readonly base: string) {
    this.agent = request.agent(base)
  }

  /** What oauth4webapi sends along so its requests land in this customer's tenant. */
  get options() {
    return { headers: { 'X-Sandbox-Tenant': this.tenant }, [oauth.allowInsecureRequests]: true }
  }

  async send(
    path: string,
    init: { method?: 'get' | 'post' | 'put'; form?: Record<string, string>; json?: unknown } = {},
  ): Promise<request.Response> {
    const hasBody = init.form !== undefined || init.json !== undefined
    const method = init.method ?? (hasBody ? 'post' : 'get')
    const req = this.agent[method](path).set('X-Sandbox-Tenant', this.tenant)
    if (init.form) return req.type('form').send(init.form)
    if (init.json !== undefined) return req.accept('application/json').send(init.json as object)
    return req
  }

  async ok(path: string, init: Parameters<UspsCustomer['send']>[1], status = 200) {
    const res = await this.send(path, init)
    if (res.status !== status) {
      throw new Error(`${path}: expected ${status}, got ${res.status} ${res.text}`)
    }
    return res
  }

  async newestEmail(): Promise<OutboxMessage> {
    const res = await this.send(`/__sandbox/outbox?to=${encodeURIComponent(this.email)}`)
    const [message] = res.body as OutboxMessage[]
    if (!message) throw new Error('the USPS outbox is empty')
    return message
  }

  /**
   * Create New Account through the JSON twins, then a credit-card EPA. The session this leaves
   * was never asked for an MFA code, so consent will still make the customer sign in.
   */
  async createAccountWithCard(): Promise<{ crid: string; mid: string; epsNumber: string }> {
    await this.ok('/api/v1/registrations', { json: { email: this.email } }, 201)
    const token = new URL((await this.newestEmail()).link ?? '').searchParams.get('token')
    await this.ok('/api/v1/registrations/current/validation', { json: { token } })
    await this.ok('/api/v1/registrations/current/company', {
      method: 'put',
      json: {
        companyName: 'Library Freight LLC',
        streetAddress: '100 Congress Ave',
        city: 'Austin',
        state: 'TX',
        zipCode: '78701',
      },
    })
    await this.ok('/api/v1/registrations/current/contact', {
      method: 'put',
      json: { firstName: 'Libby', lastName: 'Rary', phone: '512-555-0100' },
    })
    await this.ok(
      '/api/v1/registrations/current/account',
      {
        json: {
          username: this.username,
          password: PASSWORD,
          confirmPassword: PASSWORD,
          acceptTerms: true,
        },
      },
      201,
    )
    await this.ok(
      '/api/v1/payment-account/credit-card',
      {
        json: {
          cardholderName: 'Libby Rary',
          cardNumber: '4242 4242 4242 4242',
          expiry: '12/39',
          cvc: '123',
          billingZip: '78701',
          anticipatedDailySpend: 250,
          acceptTerms: true,
        },
      },
      201,
    )
    const res = await this.ok('/api/v1/account', {})
    return res.body as { crid: string; mid: string; epsNumber: string }
  }

  /**
   * The user part of the authorization code flow: the authorize URL sends them to Sign In,
   * password then emailed code, back to "Grant Auctane Access", tick the box, "Authorize and
   * Continue", and the "Go to <client>" link is where the browser would go next.
   */
  async consent(authorizationUrl: URL, clientName: string): Promise<URL> {
    const toLogin = await this.ok(authorizationUrl.pathname + authorizationUrl.search, {}, 302)
    const login = new URL(toLogin.headers.location ?? '', this.base)
    // Already signed in with MFA in this agent: straight to the consent step.
    if (login.pathname.startsWith('/oauth2/v3/consent/'))
      return this.authorize(login.pathname, clientName)
    expect(login.pathname).toBe('/login')
    const returnTo = login.searchParams.get('return_to') ?? ''
    expect(returnTo).toMatch(/^\/oauth2\/v3\/consent\//)

    const toMfa = await this.ok(
      '/login',
      { form: { username: this.username, password: PASSWORD, return_to: returnTo } },
      302,
    )
    expect(toMfa.headers.location).toBe('/login/mfa')
    const code = (await this.newestEmail()).code ?? ''
    const toConsent = await this.ok('/login/mfa', { form: { code } }, 302)
    expect(toConsent.headers.location).toBe(returnTo)
    return this.authorize(returnTo, clientName)
  }

  /** Tick the box, "Authorize and Continue", and read the "Go to <client>" link. */
  async authorize(consentPath: string, clientName: string): Promise<URL> {
    const page = await this.ok(consentPath, { form: { agree: 'on', action: 'authorize' } })
    const html = page.text
    expect(html).toContain('Successful Integration')
    const href = new RegExp(`href="([^"]+)"[^>]*>Go to ${clientName}<`).exec(html)?.[1]
    if (!href) throw new Error(`no "Go to ${clientName}" link in: ${html}`)
    return new URL(href.replaceAll('&amp;', '&'))
  }
}

describe('oauth4webapi against the USPS authorization server', () => {
  let sandbox: Awaited<ReturnType<typeof startHttpSandbox>>
  let issuer: string
  let as: oauth.AuthorizationServer

  beforeAll(async () => {
    sandbox = await startHttpSandbox(await localSandboxConfig('memory'), { only: ['usps'] })
    issuer = sandbox.urls.usps
    const response = await oauth.discoveryRequest(new URL(issuer), {
      algorithm: 'oauth2',
      [oauth.allowInsecureRequests]: true,
    })
    as = await oauth.processDiscoveryResponse(new URL(issuer), response)
  })
  afterAll(() => sandbox?.close())

  /** Authorization code + PKCE through consent to tokens, as the library does it. */
  async function authorizationCodeTokens(
    customer: UspsCustomer,
    client: oauth.Client,
    clientAuth: oauth.ClientAuth,
    clientName: string,
  ) {
    const codeVerifier = oauth.generateRandomCodeVerifier()
    const state = oauth.generateRandomState()
    const url = new URL(as.authorization_endpoint ?? '')
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope: 'payments labels',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    }).toString()
    const callback = await customer.consent(url, clientName)
    expect(callback.origin + callback.pathname).toBe(REDIRECT_URI)
    const params = oauth.validateAuthResponse(as, client, callback, state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      clientAuth,
      params,
      REDIRECT_URI,
      codeVerifier,
      customer.options,
    )
    expect(response.headers.get('cache-control')).toBe('no-store')
    return oauth.processAuthorizationCodeResponse(as, client, response)
  }

  it('discovers the RFC 8414 metadata with the issuer equal to the USPS base URL', () => {
    expect(as.issuer).toBe(issuer)
    expect(as).toMatchObject({
      authorization_endpoint: `${issuer}/oauth2/v3/authorize`,
      token_endpoint: `${issuer}/oauth2/v3/token`,
      revocation_endpoint: `${issuer}/oauth2/v3/revoke`,
      introspection_endpoint: `${issuer}/oauth2/v3/introspect`,
      code_challenge_methods_supported: ['S256'],
    })
    expect(as.grant_types_supported).toEqual(
      expect.arrayContaining(['authorization_code', 'refresh_token', 'client_credentials']),
    )
    expect(as.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'none']),
    )
  })

  it('runs authorization code + PKCE for the public client, then refreshes with rotation', async () => {
    const customer = new UspsCustomer(issuer)
    await customer.createAccountWithCard()
    const tokens = await authorizationCodeTokens(
      customer,
      PUBLIC_CLIENT,
      oauth.None(),
      'Sandbox Public Client',
    )
    expect(tokens.token_type).toBe('bearer')
    expect(tokens.expires_in).toBe(28_799)
    expect(tokens.scope).toBe('payments labels')
    expect(tokens.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(tokens.refresh_token).toEqual(expect.any(String))
    // USPS's own fields survive the library's parsing.
    expect(tokens).toMatchObject({ status: 'approved', refresh_count: 0, issuer })

    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      PUBLIC_CLIENT,
      await oauth.refreshTokenGrantRequest(
        as,
        PUBLIC_CLIENT,
        oauth.None(),
        tokens.refresh_token ?? '',
        customer.options,
      ),
    )
    expect(refreshed.token_type).toBe('bearer')
    expect(refreshed.access_token).toEqual(expect.any(String))
    expect(refreshed.refresh_token).toEqual(expect.any(String))
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token)
    expect(refreshed).toMatchObject({ refresh_count: 1, scope: 'payments labels' })

    // The rotated-out refresh token is refused from now on.
    const replay = oauth.processRefreshTokenResponse(
      as,
      PUBLIC_CLIENT,
      await oauth.refreshTokenGrantRequest(
        as,
        PUBLIC_CLIENT,
        oauth.None(),
        tokens.refresh_token ?? '',
        customer.options,
      ),
    )
    await expect(replay).rejects.toMatchObject({ error: 'invalid_grant', status: 400 })
  })

  it('runs authorization code + PKCE for the confidential client with client_secret_basic and calls the Payments API', async () => {
    const customer = new UspsCustomer(issuer)
    const account = await customer.createAccountWithCard()
    expect(account.epsNumber).toMatch(/^\d{10}$/)
    const tokens = await authorizationCodeTokens(
      customer,
      CONFIDENTIAL_CLIENT,
      CONFIDENTIAL_AUTH,
      'Sandbox Client',
    )
    expect(tokens.token_type).toBe('bearer')
    expect(tokens.expires_in).toBeGreaterThan(0)
    expect(tokens.refresh_token).toEqual(expect.any(String))
    expect(tokens).toMatchObject({
      client_id: 'sandbox-client',
      application_name: 'Sandbox Client',
    })

    const roles = rolesFor(account)
    const response = await oauth.protectedResourceRequest(
      tokens.access_token,
      'POST',
      new URL(`${issuer}/payments/v3/payment-authorization`),
      new Headers({ 'content-type': 'application/json', 'X-Sandbox-Tenant': customer.tenant }),
      JSON.stringify({ roles }),
      { [oauth.allowInsecureRequests]: true },
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { paymentAuthorizationToken: string; roles: unknown }
    expect(body.paymentAuthorizationToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(body.roles).toEqual(roles)

    // RFC 7009 revocation through the library ends the grant: the access token stops working.
    await oauth.processRevocationResponse(
      await oauth.revocationRequest(
        as,
        CONFIDENTIAL_CLIENT,
        CONFIDENTIAL_AUTH,
        tokens.refresh_token ?? '',
        customer.options,
      ),
    )
    const revoked = await oauth
      .protectedResourceRequest(
        tokens.access_token,
        'POST',
        new URL(`${issuer}/payments/v3/payment-authorization`),
        new Headers({ 'content-type': 'application/json', 'X-Sandbox-Tenant': customer.tenant }),
        JSON.stringify({ roles }),
        { [oauth.allowInsecureRequests]: true },
      )
      .catch((e: unknown) => e)
    expect(revoked).toBeInstanceOf(oauth.WWWAuthenticateChallengeError)
    expect(revoked).toMatchObject({ status: 401 })
    expect((revoked as oauth.WWWAuthenticateChallengeError).cause[0]).toMatchObject({
      scheme: 'bearer',
      parameters: { error: 'invalid_token' },
    })
  })

  it('runs a control-API client for a fixtures-API account: code + PKCE, rotation, reuse, introspection, revocation', async () => {
    const customer = new UspsCustomer(issuer)
    await customer.ok(
      '/__sandbox/oauth-clients',
      {
        json: {
          clientId: 'library-test-app',
          name: 'Library Test App',
          clientSecret: 'library-secret-1',
          allowLoopbackRedirects: true,
        },
      },
      201,
    )
    const fixture = await customer.ok(
      '/__sandbox/fixtures/usps-accounts',
      { json: { state: 'epa-active', email: customer.email, username: customer.username } },
      201,
    )
    expect(fixture.body).toMatchObject({ username: customer.username, password: PASSWORD })
    const client: oauth.Client = { client_id: 'library-test-app' }
    const clientAuth = oauth.ClientSecretBasic('library-secret-1')
    const tokens = await authorizationCodeTokens(customer, client, clientAuth, 'Library Test App')
    expect(tokens.refresh_token).toEqual(expect.any(String))

    const introspect = async (token: string) =>
      oauth.processIntrospectionResponse(
        as,
        client,
        await oauth.introspectionRequest(as, client, clientAuth, token, customer.options),
      )
    expect(await introspect(tokens.access_token)).toMatchObject({
      active: true,
      client_id: 'library-test-app',
      scope: 'payments labels',
    })

    const rotated = await oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(
        as,
        client,
        clientAuth,
        tokens.refresh_token ?? '',
        customer.options,
      ),
    )
    expect(rotated.refresh_token).not.toBe(tokens.refresh_token)
    expect(await introspect(tokens.refresh_token ?? '')).toMatchObject({ active: false })
    expect(await introspect(rotated.refresh_token ?? '')).toMatchObject({ active: true })

    // Reuse of the rotated-out token revokes the whole family, the newest tokens included.
    const reuse = oauth.processRefreshTokenResponse(
      as,
      client,
      await oauth.refreshTokenGrantRequest(
        as,
        client,
        clientAuth,
        tokens.refresh_token ?? '',
        customer.options,
      ),
    )
    await expect(reuse).rejects.toMatchObject({ error: 'invalid_grant', status: 400 })
    expect(await introspect(rotated.refresh_token ?? '')).toMatchObject({ active: false })
    expect(await introspect(rotated.access_token)).toMatchObject({ active: false })

    // A second, fresh grant, ended by RFC 7009 revocation.
    const second = await authorizationCodeTokens(customer, client, clientAuth, 'Library Test App')
    expect(await introspect(second.access_token)).toMatchObject({ active: true })
    await oauth.processRevocationResponse(
      await oauth.revocationRequest(as, client, clientAuth, second.access_token, customer.options),
    )
    expect(await introspect(second.access_token)).toMatchObject({ active: false })
    expect(await introspect(second.refresh_token ?? '')).toMatchObject({ active: false })
  })

  it('refuses a wrong code_verifier with invalid_grant', async () => {
    const customer = new UspsCustomer(issuer)
    await customer.createAccountWithCard()
    const state = oauth.generateRandomState()
    const url = new URL(as.authorization_endpoint ?? '')
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: PUBLIC_CLIENT.client_id,
      redirect_uri: REDIRECT_URI,
      scope: 'payments',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(oauth.generateRandomCodeVerifier()),
      code_challenge_method: 'S256',
    }).toString()
    const callback = await customer.consent(url, 'Sandbox Public Client')
    const params = oauth.validateAuthResponse(as, PUBLIC_CLIENT, callback, state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      PUBLIC_CLIENT,
      oauth.None(),
      params,
      REDIRECT_URI,
      oauth.generateRandomCodeVerifier(),
      customer.options,
    )
    const error = await oauth
      .processAuthorizationCodeResponse(as, PUBLIC_CLIENT, response)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(oauth.ResponseBodyError)
    expect(error).toMatchObject({ error: 'invalid_grant', status: 400 })
    expect((error as oauth.ResponseBodyError).error_description).toMatch(/code_verifier/)
  })

  it('issues client_credentials tokens to the confidential client, without a refresh token', async () => {
    const customer = new UspsCustomer(issuer)
    const response = await oauth.clientCredentialsGrantRequest(
      as,
      CONFIDENTIAL_CLIENT,
      CONFIDENTIAL_AUTH,
      { scope: 'payments prices' },
      customer.options,
    )
    const tokens = await oauth.processClientCredentialsResponse(as, CONFIDENTIAL_CLIENT, response)
    expect(tokens.token_type).toBe('bearer')
    expect(tokens.expires_in).toBe(28_799)
    expect(tokens.scope).toBe('payments prices')
    expect(tokens.refresh_token).toBeUndefined()

    // The application's own token acts for no USPS account, so it cannot authorize payments.
    const payments = await oauth.protectedResourceRequest(
      tokens.access_token,
      'POST',
      new URL(`${issuer}/payments/v3/payment-authorization`),
      new Headers({ 'content-type': 'application/json', 'X-Sandbox-Tenant': customer.tenant }),
      JSON.stringify({
        roles: rolesFor({ crid: '12345678', mid: '900000001', epsNumber: '1234567890' }),
      }),
      { [oauth.allowInsecureRequests]: true },
    )
    expect(payments.status).toBe(403)

    // A wrong secret: the library surfaces the 401 challenge.
    const refused = await oauth
      .clientCredentialsGrantRequest(
        as,
        CONFIDENTIAL_CLIENT,
        oauth.ClientSecretBasic('not-the-secret'),
        {},
        customer.options,
      )
      .then((res) => oauth.processClientCredentialsResponse(as, CONFIDENTIAL_CLIENT, res))
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(oauth.WWWAuthenticateChallengeError)
    expect(refused).toMatchObject({ status: 401 })
  })
})
