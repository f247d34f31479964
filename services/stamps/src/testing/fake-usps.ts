import { createHash, randomUUID } from 'node:crypto'
import {
  type Clock,
  createMemoryStore,
  jwksOf,
  loadServiceKeys,
  signEvent,
  TENANT_HEADER,
  USPS_ERROR,
} from '@partner-sandbox/shared'
import { type Context, Hono } from 'hono'
import { BASE_URLS } from './base-urls'
import { fakeUspsPrice, fakeUspsZone, type UspsPriceType } from './fake-usps-prices'

const CLIENT = { id: 'auctane', secret: 'auctane-sandbox-secret' }
export const KNOWN_EPS = '1000000001'
/** A CRID of some other USPS account: USPS answers 403. */
export const FOREIGN_CRID = '77777777'

interface FakeRate {
  SKU: string
  description: string
  priceType: UspsPriceType
  price: number
  weight: number
  dimWeight: number
  fees: never[]
  startDate: string
  endDate: string
  warnings: never[]
  mailClass: string
  zone: string
}

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
export async function createFakeUsps(urls: { usps: string; stamps: string } = BASE_URLS) {
  const keys = await loadServiceKeys(createMemoryStore())
  const codes = new Map<string, IssuedCode>()
  const accessTokens = new Set<string>()
  const refreshTokens = new Set<string>()
  const state = {
    down: false,
    tokenRequests: [] as { tenant?: string; form: Record<string, string> }[],
    paymentRequests: [] as { tenant?: string; bearer?: string; body: unknown }[],
    priceRequests: [] as { bearer?: string; body: Record<string, unknown> }[],
    labelRequests: [] as { bearer?: string; paymentToken?: string; body: unknown }[],
    /** EPS numbers whose NSA link USPS approved (CONTRACT prices, contract postage). */
    approvedEps: new Set<string>(),
    /** The EPA ledger: a charge per label, a refund per cancelled one. */
    ledger: [] as { epsNumber: string; trackingNumber: string; amount: number }[],
  }
  const clientTokens = new Set<string>()
  const paymentTokens = new Map<string, string>()
  const labels = new Map<
    string,
    { epsNumber: string; postage: number; cancelled: boolean; owner: string }
  >()
  const labelsByIdempotencyKey = new Map<string, unknown>()
  let nextTracking = 1

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

  /** One mail class of a price search: the rate, or USPS's refusal (code and message). */
  const quoteOf = (
    bearer: string,
    body: Record<string, unknown>,
    mailClass: string,
  ): { rate: FakeRate } | { refusal: [string, string] } => {
    const priceType = String(body.priceType ?? '') as UspsPriceType
    if (priceType === 'CONTRACT') {
      const eps = String(body.accountNumber ?? '')
      if (body.accountType !== 'EPS' || !state.approvedEps.has(eps) || clientTokens.has(bearer)) {
        return {
          refusal: [
            USPS_ERROR.NO_APPROVED_CONTRACT,
            `An approved contract could not be found for ${mailClass}. Please contact a sales representative.`,
          ],
        }
      }
    }
    const weight = Number(body.weight)
    if (!(weight > 0 && weight <= 70)) {
      return {
        refusal: [
          USPS_ERROR.WEIGHT_NOT_QUALIFIED,
          'Package weight does not qualify for this product.',
        ],
      }
    }
    const zone = fakeUspsZone(String(body.originZIPCode), String(body.destinationZIPCode))
    const price = fakeUspsPrice(mailClass, priceType, zone, weight)
    if (zone === undefined || price === undefined) {
      return {
        refusal: [
          USPS_ERROR.ZONE_NOT_FOUND,
          'Could not find zone from provided ZIPs, date, and mail class',
        ],
      }
    }
    const rate = {
      SKU: `DPXX0XXXXX${String(zone).padStart(2, '0')}`,
      description: mailClass,
      priceType,
      price,
      weight,
      dimWeight: 0,
      fees: [],
      startDate: '2026-01-18',
      endDate: '',
      warnings: [],
      mailClass,
      zone: String(zone).padStart(2, '0'),
    }
    return { rate }
  }

  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(jwksOf(keys)))
    .post('/oauth2/v3/token', async (c) => {
      const form = Object.fromEntries(new URLSearchParams(await c.req.text()))
      state.tokenRequests.push({ tenant: c.req.header(TENANT_HEADER), form })
      const basic = `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}`
      if (c.req.header('authorization') !== basic) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      if (form.grant_type === 'client_credentials') {
        const accessToken = `cc-${randomUUID()}`
        clientTokens.add(accessToken)
        return c.json({ access_token: accessToken, token_type: 'Bearer', expires_in: 28_800 })
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
      const paymentAuthorizationToken = `pat-${randomUUID()}`
      paymentTokens.set(paymentAuthorizationToken, eps)
      return c.json({ paymentAuthorizationToken, roles: body.roles })
    })
    .post('/prices/v3/base-rates/search', async (c) => {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '')
      const body = (await c.req.json()) as Record<string, unknown>
      state.priceRequests.push({ bearer, body })
      if (!bearer || !(accessTokens.has(bearer) || clientTokens.has(bearer))) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      const quote = quoteOf(bearer, body, String(body.mailClass ?? ''))
      if ('refusal' in quote) return uspsError(c, ...quote.refusal)
      return c.json({ totalBasePrice: quote.rate.price, rates: [quote.rate] })
    })
    .post('/prices/v3/total-rates/search', async (c) => {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '')
      const body = (await c.req.json()) as Record<string, unknown>
      state.priceRequests.push({ bearer, body })
      if (!bearer || !(accessTokens.has(bearer) || clientTokens.has(bearer))) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      const classes = Array.isArray(body.mailClasses) ? body.mailClasses : [body.mailClass]
      const rateOptions = []
      for (const mailClass of classes) {
        const quote = quoteOf(bearer, body, String(mailClass ?? ''))
        if ('refusal' in quote) return uspsError(c, ...quote.refusal)
        const { price } = quote.rate
        rateOptions.push({ totalBasePrice: price, totalPrice: price, rates: [quote.rate] })
      }
      return c.json({ rateOptions })
    })
    .post('/labels/v3/label', async (c) => {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '') ?? ''
      const paymentToken = c.req.header('x-payment-authorization-token')
      const body = (await c.req.json()) as {
        fromAddress: { ZIPCode: string }
        toAddress: { ZIPCode: string }
        packageDescription: { mailClass: string; weight: number }
      }
      state.labelRequests.push({ bearer, paymentToken, body })
      if (!accessTokens.has(bearer)) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      const epsNumber = paymentTokens.get(paymentToken ?? '')
      if (!epsNumber) return uspsError(c, USPS_ERROR.PAYER_ROLE_REQUIRED, 'PAYER role required')
      const key = c.req.header('x-idempotency-key')
      const repeat = key ? labelsByIdempotencyKey.get(key) : undefined
      if (repeat) return c.json(repeat)
      const { mailClass, weight } = body.packageDescription
      const zone = fakeUspsZone(body.fromAddress.ZIPCode, body.toAddress.ZIPCode)
      const priceType = state.approvedEps.has(epsNumber) ? 'CONTRACT' : 'COMMERCIAL'
      const postage = fakeUspsPrice(mailClass, priceType, zone, weight)
      if (zone === undefined || postage === undefined) {
        return uspsError(
          c,
          USPS_ERROR.ZONE_NOT_FOUND,
          'Could not find zone from provided ZIPs, date, and mail class',
        )
      }
      const trackingNumber = `9205${String(nextTracking++).padStart(18, '0')}`
      labels.set(trackingNumber, { epsNumber, postage, cancelled: false, owner: bearer })
      state.ledger.push({ epsNumber, trackingNumber, amount: postage })
      const answer = {
        labelMetadata: { trackingNumber, postage, zone: String(zone).padStart(2, '0'), weight },
        labelImage: Buffer.from('%PDF-1.4 SAMPLE - NOT FOR MAILING').toString('base64'),
      }
      if (key) labelsByIdempotencyKey.set(key, answer)
      return c.json(answer)
    })
    .delete('/labels/v3/label/:trackingNumber', (c) => {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '') ?? ''
      if (!accessTokens.has(bearer)) {
        return c.json(oauthError('invalid_client', 'Client authentication failed.'), 401)
      }
      const trackingNumber = c.req.param('trackingNumber')
      const label = labels.get(trackingNumber)
      if (!label) {
        return uspsError(
          c,
          USPS_ERROR.TRACKING_NUMBER_NOT_FOUND,
          'Tracking number not found for a mailing date within the last 45 days',
        )
      }
      if (label.cancelled)
        return uspsError(c, USPS_ERROR.LABEL_ALREADY_CANCELED, 'The label is already canceled')
      label.cancelled = true
      state.ledger.push({ epsNumber: label.epsNumber, trackingNumber, amount: -label.postage })
      return c.json({ trackingNumber, status: 'CANCELED', refund: label.postage })
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
    /** Approves the NSA link of an EPS number, as the USPS representative would. */
    approve(epsNumber = KNOWN_EPS) {
      state.approvedEps.add(epsNumber)
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
        issuer: urls.usps,
        audience: urls.stamps,
        tenant: options.tenant ?? 'default',
        subject: 'usps-account-1',
        event: options.event ?? 'nsa_link.approved',
        data: { linkId: 'link-1', uspsAccountId: 'usps-account-1', ...data },
        clock,
      })
    },
  }
}

function uspsError(c: Context, code: string, detail: string) {
  return c.json(
    {
      apiVersion: '3.0.0',
      error: {
        code: '400',
        message: 'Bad Request',
        errors: [{ status: '400', code, title: 'Bad Request', detail }],
      },
    },
    400,
  )
}

export type FakeUsps = Awaited<ReturnType<typeof createFakeUsps>>
