import { secretToken, type TenantStore } from '@partner-sandbox/shared'
import { postWebhook, type WebhookAttempt } from '../clients/webhook-sender'
import type { DomainContext } from './context'
import type { ShippingContext } from './shipping-context'
import { type Webhook, webhookSigningSecret } from './webhooks'

const DELIVERIES = 'webhook_deliveries'
/** Waits after each failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h; then the delivery fails. */
export const RETRY_DELAYS_SECONDS = [60, 300, 1_800, 7_200, 21_600] as const
// A retry claims its delivery for this long, so two retry runs never send it twice.
const CLAIM_MS = 30_000

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

export interface WebhookDelivery {
  id: string
  accountId: string
  webhookId: string
  event: string
  url: string
  body: string
  status: DeliveryStatus
  attempts: WebhookAttempt[]
  nextAttemptAt?: string
  createdAt: string
}

/**
 * Queues one delivery of `payload` to the webhook and tries it at once; a failure waits for its
 * retry (RETRY_DELAYS_SECONDS on the tenant clock).
 *
 * @example
 * await queueWebhookDelivery(ctx, webhook, 'label_created', payload)
 */
export async function queueWebhookDelivery(
  ctx: ShippingContext,
  webhook: Webhook,
  event: string,
  payload: unknown,
): Promise<WebhookDelivery> {
  const now = ctx.clock.now().toISOString()
  const delivery: WebhookDelivery = {
    id: `whd_${secretToken(9)}`,
    accountId: webhook.accountId,
    webhookId: webhook.webhook_id,
    event,
    url: webhook.url,
    body: JSON.stringify(payload),
    status: 'pending',
    attempts: [],
    nextAttemptAt: now,
    createdAt: now,
  }
  await ctx.store.put(DELIVERIES, delivery.id, delivery)
  return attemptDelivery(ctx, delivery, webhook.headers)
}

/** One attempt: 2xx delivers; anything else waits for the next retry or, after the last, fails. */
async function attemptDelivery(
  ctx: ShippingContext,
  delivery: WebhookDelivery,
  extraHeaders: { key: string; value: string }[] = [],
): Promise<WebhookDelivery> {
  const now = ctx.clock.now()
  const attempt = await postWebhook(ctx.webhookFetch, {
    url: delivery.url,
    event: delivery.event,
    deliveryId: delivery.id,
    body: delivery.body,
    headers: extraHeaders,
    secret: await webhookSigningSecret(ctx, delivery.accountId),
    now,
  })
  const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300
  const updated = await ctx.store.update<WebhookDelivery>(DELIVERIES, delivery.id, (current) => {
    if (!current) return undefined
    const attempts = [...current.attempts, attempt]
    const delay = RETRY_DELAYS_SECONDS[attempts.length - 1]
    const { nextAttemptAt: _next, ...rest } = current
    if (ok) return { ...rest, attempts, status: 'delivered' }
    if (delay === undefined) return { ...rest, attempts, status: 'failed' }
    return {
      ...rest,
      attempts,
      status: 'pending',
      nextAttemptAt: new Date(now.getTime() + delay * 1000).toISOString(),
    }
  })
  return updated ?? delivery
}

/**
 * Retries every pending delivery whose time has come on the tenant clock (the control route and
 * the retry middleware call it). Returns the deliveries it tried.
 *
 * @example
 * await retryDueWebhookDeliveries(ctx)
 */
export async function retryDueWebhookDeliveries(ctx: ShippingContext): Promise<WebhookDelivery[]> {
  const now = ctx.clock.now().getTime()
  const due = (await ctx.store.list<WebhookDelivery>(DELIVERIES)).filter(
    (d) => d.status === 'pending' && d.nextAttemptAt && Date.parse(d.nextAttemptAt) <= now,
  )
  const tried: WebhookDelivery[] = []
  for (const candidate of due) {
    let claimed = false
    const delivery = await ctx.store.update<WebhookDelivery>(
      DELIVERIES,
      candidate.id,
      (current) => {
        if (!current?.nextAttemptAt || current.status !== 'pending') return current
        if (Date.parse(current.nextAttemptAt) > now) return current
        claimed = true
        return { ...current, nextAttemptAt: new Date(now + CLAIM_MS).toISOString() }
      },
    )
    if (!claimed || !delivery) continue
    const webhook = await ctx.store.get<Webhook>('webhooks', delivery.webhookId)
    tried.push(await attemptDelivery(ctx, delivery, webhook?.headers))
  }
  return tried
}

/**
 * The sandbox time (epoch ms) the first pending delivery of the tenant is due at, or undefined when
 * none is pending: `retryDueWebhookDeliveries` has nothing to do before then.
 */
export async function earliestWebhookRetry(store: TenantStore): Promise<number | undefined> {
  let earliest: number | undefined
  for (const d of await store.list<WebhookDelivery>(DELIVERIES)) {
    if (d.status !== 'pending' || !d.nextAttemptAt) continue
    const at = Date.parse(d.nextAttemptAt)
    if (!Number.isNaN(at) && (earliest === undefined || at < earliest)) earliest = at
  }
  return earliest
}

/** Deliveries, newest first; of one account when `accountId` is given. */
export async function listWebhookDeliveries(
  ctx: Pick<DomainContext, 'store'>,
  accountId?: string,
): Promise<WebhookDelivery[]> {
  const all = await ctx.store.list<WebhookDelivery>(DELIVERIES)
  return all.filter((d) => accountId === undefined || d.accountId === accountId).reverse()
}
