// Test support only: Stamps.com's back channel as the contract spells it, honest about the
// `partner+jwt` (verified against ShipStation's JWKS), with a fixed price table.
import { type Clock, type KeySet, verifyServiceToken } from '@partner-sandbox/shared'
import { Hono } from 'hono'

export const FAKE_RETAIL = [
  {
    mailClass: 'PRIORITY_MAIL_EXPRESS',
    serviceCode: 'usps_priority_mail_express',
    serviceName: 'USPS Priority Mail Express',
    deliveryDays: 1,
    retailAmount: 31.4,
    nsaAmount: 22.1,
  },
  {
    mailClass: 'PRIORITY_MAIL',
    serviceCode: 'usps_priority_mail',
    serviceName: 'USPS Priority Mail',
    deliveryDays: 2,
    retailAmount: 11.9,
    nsaAmount: 8.35,
  },
  {
    mailClass: 'USPS_GROUND_ADVANTAGE',
    serviceCode: 'usps_ground_advantage',
    serviceName: 'USPS Ground Advantage',
    deliveryDays: 4,
    retailAmount: 7.6,
    nsaAmount: 5.3,
  },
]

export function createFakeStampsPartner(options: {
  shipstationUrl: string
  stampsUrl: string
  shipstationKeys: () => KeySet
  clock: Clock
}) {
  const state = {
    nsaActive: false,
    down: false,
    calls: [] as { method: string; path: string; sub: string; body: unknown }[],
    /** What USPS charged the EPA, through Stamps.com: + for labels, - for refunds. */
    epaLedger: [] as { trackingNumber: string; amount: number }[],
  }
  let nextTracking = 1
  const labels = new Map<string, number>()

  const verify = async (authorization: string | undefined) => {
    const token = authorization?.replace(/^Bearer /, '') ?? ''
    const payload = await verifyServiceToken(token, options.shipstationKeys(), {
      type: 'partner+jwt',
      issuer: options.shipstationUrl,
      audience: options.stampsUrl,
      clock: options.clock,
    })
    return payload.sub
  }

  const app = new Hono()
    .use('/partner/v1/*', async (c, next) => {
      if (state.down) return c.json({ title: 'down' }, 503)
      return next()
    })
    .post('/partner/v1/rates', async (c) => {
      const sub = await verify(c.req.header('authorization')).catch(() => undefined)
      if (!sub) return c.json({ code: 'partner_unauthorized', detail: 'bad token' }, 401)
      const body = await c.req.json()
      state.calls.push({ method: 'POST', path: '/partner/v1/rates', sub, body })
      return c.json({
        nsaActive: state.nsaActive,
        rates: FAKE_RETAIL.map((r) => ({
          ...r,
          zone: 5,
          nsaAmount: state.nsaActive ? r.nsaAmount : null,
        })),
      })
    })
    .post('/partner/v1/labels', async (c) => {
      const sub = await verify(c.req.header('authorization')).catch(() => undefined)
      if (!sub) return c.json({ code: 'partner_unauthorized', detail: 'bad token' }, 401)
      const body = (await c.req.json()) as { mailClass: string }
      state.calls.push({ method: 'POST', path: '/partner/v1/labels', sub, body })
      if (!state.nsaActive) {
        return c.json(
          { code: 'nsa_not_active', detail: 'No approved USPS business account link.' },
          409,
        )
      }
      const postage = FAKE_RETAIL.find((r) => r.mailClass === body.mailClass)?.nsaAmount ?? 1
      const trackingNumber = `9205${String(nextTracking++).padStart(18, '0')}`
      labels.set(trackingNumber, postage)
      state.epaLedger.push({ trackingNumber, amount: postage })
      return c.json(
        {
          trackingNumber,
          postage,
          labelPdfBase64: Buffer.from('%PDF-1.4 USPS').toString('base64'),
          charged: 'usps_epa',
        },
        201,
      )
    })
    .delete('/partner/v1/labels/:trackingNumber', async (c) => {
      const sub = await verify(c.req.header('authorization')).catch(() => undefined)
      if (!sub) return c.json({ code: 'partner_unauthorized', detail: 'bad token' }, 401)
      const trackingNumber = c.req.param('trackingNumber')
      state.calls.push({ method: 'DELETE', path: c.req.path, sub, body: undefined })
      const postage = labels.get(trackingNumber)
      if (postage === undefined) return c.json({ code: 'unknown_label', detail: 'unknown' }, 404)
      state.epaLedger.push({ trackingNumber, amount: -postage })
      return c.json({ refunded: postage })
    })
  return { app, state }
}
