import { parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { buyNsaLabel, PartnerLabelInput, voidNsaLabel } from '../domain/partner-labels'
import { quotePartnerRates } from '../domain/partner-rates'
import { PartnerPackage } from '../domain/partner-shipment'
import { verifyPartnerToken } from '../domain/partner-token'
import { domainContext, type StampsRuntime } from '../runtime'

/**
 * The back channel ShipStation calls for prices and NSA labels (docs/contracts/
 * rates-labels-and-events.md), each call authenticated by a fresh `partner+jwt`.
 */
export function partnerApiRoutes(runtime: StampsRuntime) {
  return new Hono<SandboxEnv>()
    .post('/partner/v1/rates', async (c) => {
      const ctx = domainContext(c, runtime)
      const accountId = await verifyPartnerToken(ctx, c.req.header('authorization'))
      const pkg = parseInput(PartnerPackage, await readBody(c))
      return c.json(await quotePartnerRates(ctx, accountId, pkg))
    })
    .post('/partner/v1/labels', async (c) => {
      const ctx = domainContext(c, runtime)
      const accountId = await verifyPartnerToken(ctx, c.req.header('authorization'))
      const input = parseInput(PartnerLabelInput, await readBody(c))
      return c.json(await buyNsaLabel(ctx, accountId, input), 201)
    })
    .delete('/partner/v1/labels/:trackingNumber', async (c) => {
      const ctx = domainContext(c, runtime)
      const accountId = await verifyPartnerToken(ctx, c.req.header('authorization'))
      return c.json(await voidNsaLabel(ctx, accountId, c.req.param('trackingNumber')))
    })
}
