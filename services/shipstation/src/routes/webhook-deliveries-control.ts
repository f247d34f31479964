import { type SandboxEnv, tenantMemo } from '@partner-sandbox/shared'
import type { MiddlewareHandler } from 'hono'
import { Hono } from 'hono'
import {
  earliestWebhookRetry,
  listWebhookDeliveries,
  retryDueWebhookDeliveries,
} from '../domain/webhook-deliveries'
import { type ShipStationRuntime, shippingContext } from '../runtime'

/**
 * `/__sandbox/webhook-deliveries`: every webhook delivery of the tenant with its status and
 * attempts (`?accountId=` narrows it), and `/retry` to run the retries that are due now on the
 * tenant clock (after `POST /__sandbox/clock {"advance": "5m"}`, say).
 */
export function webhookDeliveryControlRoutes(runtime: ShipStationRuntime) {
  return new Hono<SandboxEnv>()
    .get('/__sandbox/webhook-deliveries', async (c) => {
      const accountId = c.req.query('accountId')
      const deliveries = await listWebhookDeliveries(shippingContext(c, runtime), accountId)
      return c.json({ deliveries })
    })
    .post('/__sandbox/webhook-deliveries/retry', async (c) => {
      const tried = await retryDueWebhookDeliveries(shippingContext(c, runtime))
      return c.json({ tried })
    })
}

/**
 * Retries due webhook deliveries in the background of the tenant's requests, so a running
 * sandbox keeps delivering without a timer; the answer never waits for a customer's server.
 */
export function webhookRetryMiddleware(runtime: ShipStationRuntime): MiddlewareHandler<SandboxEnv> {
  const busy = new Set<string>()
  // When the next retry of the tenant falls due, read again only after a write to the tenant (a
  // delivery, a clock change, a restore): most requests then compare two numbers, not scan.
  const earliestOf = tenantMemo(earliestWebhookRetry)
  return async (c, next) => {
    await next()
    const tenant = c.get('tenant')
    if (busy.has(tenant) || c.req.path.startsWith('/__sandbox/webhook-deliveries')) return
    const earliest = await earliestOf(c.get('store'))
    if (earliest === undefined || earliest > c.get('clock').now().getTime()) return
    busy.add(tenant)
    retryDueWebhookDeliveries(shippingContext(c, runtime))
      .catch((error) => console.error('webhook retry failed', error))
      .finally(() => busy.delete(tenant))
  }
}
