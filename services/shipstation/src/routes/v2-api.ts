import {
  errorFormat,
  parseInput,
  readBody,
  type SandboxEnv,
  secretToken,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import * as z from 'zod'
import { fundBalance } from '../domain/balance-funding'
import { balanceLedger, toCents } from '../domain/balance-ledger'
import { buyLabel, getLabel, voidLabel } from '../domain/labels'
import { quoteShipment } from '../domain/shipments'
import { V2AddFunds, V2LabelRequest, V2RatesRequest } from '../domain/v2-requests'
import {
  CarrierRefusedError,
  LabelAlreadyVoidedError,
  UnknownCarrierError,
  UnknownLabelError,
} from '../errors'
import { v2Account } from '../lib/v2-auth'
import { v2ErrorFormat } from '../lib/v2-error-format'
import { carrierIdOf, v2Carrier, v2Label, v2RatesResponse } from '../lib/v2-views'
import { domainContext, type ShipStationRuntime, shippingContext } from '../runtime'

const SeId = z.string().regex(/^se(-[a-z0-9]+)+$/, 'Not a ShipStation id (se-...).')
const IdempotencyKey = z.string().trim().min(1).max(200)

function assertOwnCarrier(accountId: string, carrierIds: readonly string[]): void {
  const own = carrierIdOf(accountId)
  const unknown = carrierIds.find((id) => id !== own)
  if (unknown) throw new UnknownCarrierError(unknown)
}

/**
 * ShipStation API v2 (`API-Key` header), as its OpenAPI document spells bodies, ids and errors:
 * carriers, rates, labels and add_funds. Errors answer v2's `{request_id, errors}` envelope.
 */
export function v2ApiRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .use('/v2/*', errorFormat(v2ErrorFormat))
    .get('/v2/carriers', async (c) => {
      const account = await v2Account(c, runtime)
      const { balance } = await balanceLedger(domainContext(c, runtime), account.id)
      return c.json({
        carriers: [v2Carrier(account, balance)],
        request_id: crypto.randomUUID(),
        errors: [],
      })
    })
    .put('/v2/carriers/:carrier_id/add_funds', async (c) => {
      const account = await v2Account(c, runtime)
      assertOwnCarrier(account.id, [c.req.param('carrier_id')])
      const { amount } = parseInput(V2AddFunds, await readBody(c))
      const key = c.req.header('idempotency-key')
      const transaction = await fundBalance(domainContext(c, runtime), {
        accountId: account.id,
        amount: toCents(amount),
        idempotencyKey: key ? parseInput(IdempotencyKey, key) : secretToken(12),
      })
      return c.json({ balance: { currency: 'usd', amount: transaction.balanceAfter / 100 } })
    })
    .post('/v2/rates', async (c) => {
      const account = await v2Account(c, runtime)
      const request = parseInput(V2RatesRequest, await readBody(c))
      assertOwnCarrier(account.id, request.rate_options.carrier_ids)
      const shipment = await quoteShipment(
        shippingContext(c, runtime),
        account.id,
        request.shipment,
      )
      return c.json(v2RatesResponse(shipment))
    })
    .post('/v2/labels', async (c) => {
      const account = await v2Account(c, runtime)
      const { shipment: input } = parseInput(V2LabelRequest, await readBody(c))
      assertOwnCarrier(account.id, [input.carrierId ?? ''])
      const key = c.req.header('idempotency-key')
      const ctx = shippingContext(c, runtime)
      const shipment = await quoteShipment(ctx, account.id, input)
      const rate = shipment.rates.find((r) => r.serviceCode === input.serviceCode)
      if (!rate) {
        const codes = shipment.rates.map((r) => r.serviceCode).join(', ')
        throw new CarrierRefusedError(
          'unknown_service',
          `Stamps.com offers no service ${input.serviceCode}; use one of ${codes}.`,
        )
      }
      const label = await buyLabel(ctx, account.id, {
        rateId: rate.id,
        idempotencyKey: key ? parseInput(IdempotencyKey, key) : secretToken(12),
      })
      return c.json(v2Label(label, ctx.baseUrl))
    })
    .post('/v2/labels/rates/:rate_id', async (c) => {
      const account = await v2Account(c, runtime)
      const rateId = parseInput(SeId, c.req.param('rate_id'))
      const key = c.req.header('idempotency-key')
      const ctx = shippingContext(c, runtime)
      const label = await buyLabel(ctx, account.id, {
        rateId,
        idempotencyKey: key ? parseInput(IdempotencyKey, key) : `rate:${rateId}`,
      })
      return c.json(v2Label(label, ctx.baseUrl))
    })
    .get('/v2/labels/:label_id', async (c) => {
      const account = await v2Account(c, runtime)
      const ctx = domainContext(c, runtime)
      try {
        const label = await getLabel(ctx, account.id, parseInput(SeId, c.req.param('label_id')))
        return c.json(v2Label(label, ctx.baseUrl))
      } catch (error) {
        // The document answers an unknown label with an empty 404.
        if (error instanceof UnknownLabelError) return c.body(null, 404)
        throw error
      }
    })
    .put('/v2/labels/:label_id/void', async (c) => {
      const account = await v2Account(c, runtime)
      const labelId = parseInput(SeId, c.req.param('label_id'))
      try {
        await voidLabel(shippingContext(c, runtime), account.id, labelId)
        return c.json({
          approved: true,
          message: 'Request for refund submitted.  This label has been voided.',
        })
      } catch (error) {
        // v2 answers a refused void with 200 and the reason, as the document's void_label says.
        if (!(error instanceof LabelAlreadyVoidedError)) throw error
        return c.json({
          approved: false,
          message: error.message,
          reason_code: 'label_already_voided',
        })
      }
    })
}
