import { secretToken } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UnknownWebhookError, WebhookEventConflictError } from '../errors'
import type { DomainContext } from './context'
import { newSeId } from './se-id'

const WEBHOOKS = 'webhooks'
const SIGNING_SECRETS = 'webhook_signing_secrets'

/**
 * The events a webhook can subscribe to: ShipStation API v2's own names, plus the sandbox's
 * label events (the document names none; openapi/REPAIRS.md E1). `track` carries shipment
 * updates, which here are a label bought or voided.
 */
export const WEBHOOK_EVENTS = [
  'batch',
  'carrier_connected',
  'order_source_refresh_complete',
  'rate',
  'report_complete',
  'sales_orders_imported',
  'track',
  'label_created',
  'label_voided',
] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

const Header = z.object({
  key: z.string().trim().min(1, 'headers[].key is required').max(100),
  value: z.string().max(1000),
})

const Url = z
  .string({ error: 'url is required' })
  .trim()
  .url('url must be an absolute http(s) URL')
  .refine((u) => /^https?:\/\//i.test(u), 'url must be an absolute http(s) URL')

export const NewWebhook = z.object({
  event: z.enum(WEBHOOK_EVENTS, { error: `event must be one of ${WEBHOOK_EVENTS.join(', ')}` }),
  url: Url,
  headers: z.array(Header).max(10).optional(),
})
export type NewWebhook = z.infer<typeof NewWebhook>

export const WebhookChange = z.object({
  url: Url.optional(),
  headers: z.array(Header).max(10).optional(),
})
export type WebhookChange = z.infer<typeof WebhookChange>

export interface Webhook {
  webhook_id: string
  accountId: string
  url: string
  event: WebhookEvent
  headers: { key: string; value: string }[]
  createdAt: string
}

/**
 * Registers a URL for an event of the account. Two webhooks for one event are a conflict, as in
 * ShipStation (`webhook_event_type_conflict`).
 *
 * @example
 * const webhook = await createWebhook(ctx, account.id, { event: 'label_created', url })
 */
export async function createWebhook(
  ctx: DomainContext,
  accountId: string,
  input: NewWebhook,
): Promise<Webhook> {
  const taken = (await listWebhooks(ctx, accountId)).find((w) => w.event === input.event)
  if (taken) throw new WebhookEventConflictError(input.event, taken.webhook_id)
  const webhook: Webhook = {
    webhook_id: newSeId(ctx.random),
    accountId,
    url: input.url,
    event: input.event,
    headers: input.headers ?? [],
    createdAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(WEBHOOKS, webhook.webhook_id, webhook)
  return webhook
}

export async function listWebhooks(ctx: DomainContext, accountId: string): Promise<Webhook[]> {
  return (await ctx.store.list<Webhook>(WEBHOOKS)).filter((w) => w.accountId === accountId)
}

export async function getWebhook(
  ctx: DomainContext,
  accountId: string,
  id: string,
): Promise<Webhook> {
  const webhook = await ctx.store.get<Webhook>(WEBHOOKS, id)
  if (!webhook || webhook.accountId !== accountId) throw new UnknownWebhookError(id)
  return webhook
}

export async function updateWebhook(
  ctx: DomainContext,
  accountId: string,
  id: string,
  change: WebhookChange,
): Promise<Webhook> {
  const webhook = await getWebhook(ctx, accountId, id)
  const updated = {
    ...webhook,
    ...(change.url ? { url: change.url } : {}),
    ...(change.headers ? { headers: change.headers } : {}),
  }
  await ctx.store.put(WEBHOOKS, id, updated)
  return updated
}

export async function deleteWebhook(
  ctx: DomainContext,
  accountId: string,
  id: string,
): Promise<void> {
  await getWebhook(ctx, accountId, id)
  await ctx.store.delete(WEBHOOKS, id)
}

/**
 * The account's webhook signing secret (HMAC-SHA256 key of every delivery), made on first use.
 *
 * @example
 * const secret = await webhookSigningSecret(ctx, account.id)
 */
export async function webhookSigningSecret(ctx: DomainContext, accountId: string): Promise<string> {
  await ctx.store.insert(SIGNING_SECRETS, accountId, { secret: `whsec_${secretToken(24)}` })
  const kept = await ctx.store.get<{ secret: string }>(SIGNING_SECRETS, accountId)
  if (!kept) throw new TypeError('The webhook signing secret was not stored.')
  return kept.secret
}
