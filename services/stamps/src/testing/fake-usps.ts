import { createHash, randomUUID } from 'node:crypto'
import {
  type Clock,
  createMemoryStore,
  jwksOf,
  loadServiceKeys,
  signEvent,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { BASE_URLS } from './base-urls'

const CLIENT = { id: 'auctane', secret: 'auctane-sandbox-secret' }
export const KNOWN_EPS = '1000000001'
/** A CRID of some other USPS account: USPS answers 403. */
export const FOREIGN_CRID = '77777777'

interface IssuedCode {
  challenge: string
  redirectUri: string
  used: boolean
}

/**
 * A tiny, honest USPS: an OAuth token endpoint that checks client auth, the code, the redirect
 * URI and the PKCE verifier against the challenge it saw, and a Payments API answering USPS's
 * envelope. It records what it was asked, so tests can assert on the wire.
 */
export async function createFakeUsps() {
  const keys = await loadServiceKeys(createMemoryStore())
  const codes = new Map<string, IssuedCode>()
  const accessTokens = new Set<string>()
  const refreshTokens = new Set<string>()
  const state = {
    down: false,
    tokenRequests: [] as { tenant?: string; form: Record<string, string> }[],
    paymentRequests: [] as { tenant?: string; bearer?: string; body: unknown }[],
  }

  const issueTokens = () => {
    const accessToken = `at-${randomUUID()}`
    const refreshToken = `rt-${randomUUID()}`
    accessTokens.add(accessToken)
    refreshTokens.add(refreshToken)
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: 28_800,
      refresh_token: refreshToken,
      scope: 'payments labels prices tracking',
    }
  }
  const oauthError = (error: string, description: string) => ({
    error,
    error_description: description,
  })

  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(jwksOf(keys)))
    .post('/oauth2/v3/token', async (c) => {
      const form = Object.fromEntries(new URLSearchParams(await c.req.text()))
      state.tokenRequests.push({ tenant: c.req.header(TENANT_HEADER), form })
      const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`
      if (c.req.header('authorization') !== basic) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      if (form.grant_type === 'refresh_token') {
        if (!form.refresh_token || !refreshTokens.delete(form.refresh_token)) {
          return c.json(oauthError('invalid_grant', 'Invalid Refresh Token.'), 400)
        }
        accessTokens.clear()
        return c.json(issueTokens())
      }
      const issued = codes.get(form.code ?? '')
      const verifierOk =
        issued !== undefined &&
        createHash('sha256')
          .update(form.code_verifier ?? '')
          .digest('base64url') === issued.challenge
      if (!issued || issued.used || issued.redirectUri !== form.redirect_uri || !verifierOk) {
        return c.json(
          oauthError('invalid_grant', 'The authorization code is invalid or has expired.'),
          400,
        )
      }
      issued.used = true
      return c.json(issueTokens())
    })
    .post('/payments/v3/payment-authorization', async (c) => {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '')
      const body = (await c.req.json()) as { roles: { accountNumber: string; CRID: string }[] }
      state.paymentRequests.push({ tenant: c.req.header(TENANT_HEADER), bearer, body })
      if (!bearer || !accessTokens.has(bearer)) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      const crid = body.roles[0]?.CRID ?? ''
      if (crid === FOREIGN_CRID) {
        const detail = `The CRID ${crid} is not associated with the authorized USPS account.`
        const error = { status: '403', code: '403', title: 'FORBIDDEN', detail }
        return c.json(
          { apiVersion: '3.0', error: { code: '403', message: 'FORBIDDEN', errors: [error] } },
          403,
        )
      }
      const eps = body.roles[0]?.accountNumber ?? ''
      if (eps !== KNOWN_EPS) {
        const detail = `Could not find an EPS Account with number: ${eps}.`
        return c.json(
          {
            apiVersion: '/payments/v3',
            error: {
              code: '400',
              message: 'Bad Request',
              errors: [{ status: '400', code: '100001', title: 'Bad Request', detail }],
            },
          },
          400,
        )
      }
      return c.json({ paymentAuthorizationToken: 'pat-1', roles: body.roles })
    })

  return {
    app,
    keys,
    state,
    /** What the consent screen would do: a code bound to the challenge and redirect URI. */
    issueCode(challenge: string, redirectUri: string): string {
      const code = `code-${randomUUID()}`
      codes.set(code, { challenge, redirectUri, used: false })
      return code
    },
    /** Makes the access tokens stop working, as if USPS revoked them. */
    revokeAccessTokens() {
      accessTokens.clear()
    },
    /** A signed USPS event, `nsa_link.approved` unless told otherwise. */
    event(
      data: Record<string, unknown>,
      clock: Clock,
      options: { event?: string; tenant?: string } = {},
    ) {
      return signEvent(keys, {
        issuer: BASE_URLS.usps,
        audience: BASE_URLS.stamps,
        tenant: options.tenant ?? 'default',
        subject: 'usps-account-1',
        event: options.event ?? 'nsa_link.approved',
        data: { linkId: 'link-1', uspsAccountId: 'usps-account-1', ...data },
        clock,
      })
    },
  }
}

export type FakeUsps = Awaited<ReturnType<typeof createFakeUsps>>
