import {
  type Clock,
  createMemoryStore,
  jwksOf,
  loadServiceKeys,
  type ServiceKeys,
  signServiceToken,
  TENANT_HEADER,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { BASE_URLS } from './base-urls'

export interface SsoTokenOptions {
  subject?: string
  tenant?: string
  clock: Clock
  /** Sign with these keys instead of ShipStation's (a forgery). */
  keys?: ServiceKeys
  audience?: string
  type?: string
  /** Profile claims other than Pat Shipper's, e.g. for a second account. */
  profile?: { email?: string; name?: string; company?: string; promoCode?: string }
}

/**
 * A tiny, honest ShipStation: publishes its JWKS, signs real `sso+jwt` tokens and records the
 * event tokens Stamps.com posts to `/partner/events`.
 */
export async function createFakeShipStation() {
  const keys = await loadServiceKeys(createMemoryStore())
  const received: { tenant: string | undefined; token: string }[] = []
  const app = new Hono()
    .get('/.well-known/jwks.json', (c) => c.json(jwksOf(keys)))
    .post('/partner/events', async (c) => {
      const body = (await c.req.json()) as { token: string }
      received.push({ tenant: c.req.header(TENANT_HEADER), token: body.token })
      return c.json({ status: 'processed' })
    })

  const ssoToken = (options: SsoTokenOptions) =>
    signServiceToken(options.keys ?? keys, {
      type: options.type ?? 'sso+jwt',
      issuer: BASE_URLS.shipstation,
      audience: options.audience ?? BASE_URLS.stamps,
      subject: options.subject ?? 'ss_acct_1',
      tenant: options.tenant ?? 'default',
      ttlSeconds: 60,
      clock: options.clock,
      claims: {
        email: 'pat@example.com',
        name: 'Pat Shipper',
        company: 'Acme Goods',
        promoCode: 'USPS-NSA-DEMO',
        ...options.profile,
      },
    })

  /** A back-channel `partner+jwt` for `subject`, as ShipStation signs one per call. */
  const partnerToken = (options: SsoTokenOptions) =>
    signServiceToken(options.keys ?? keys, {
      type: options.type ?? 'partner+jwt',
      issuer: BASE_URLS.shipstation,
      audience: options.audience ?? BASE_URLS.stamps,
      subject: options.subject ?? 'ss_acct_1',
      tenant: options.tenant ?? 'default',
      ttlSeconds: 60,
      clock: options.clock,
    })

  return { app, keys, received, ssoToken, partnerToken }
}

export type FakeShipStation = Awaited<ReturnType<typeof createFakeShipStation>>
