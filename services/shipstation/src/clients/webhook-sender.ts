import type { FetchLike } from '@partner-sandbox/shared'
import {
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from '../lib/webhook-signature'

// A customer's server that does not answer in time counts as a failed attempt, retried later.
const ATTEMPT_TIMEOUT_MS = 5_000

export interface WebhookPost {
  url: string
  event: string
  deliveryId: string
  body: string
  /** The webhook's own headers (`headers[]` of the v2 webhook). */
  headers: { key: string; value: string }[]
  secret: string
  now: Date
}

/** One attempt: the receiver's status, or null and why when it could not be reached. */
export interface WebhookAttempt {
  at: string
  status: number | null
  error?: string
}

/**
 * POSTs one signed webhook delivery to a customer's URL: `X-ShipStation-Webhook-Timestamp` and
 * `X-ShipStation-Webhook-Signature` (HMAC-SHA256 of "timestamp.body" with the account secret).
 * Never throws: the outcome is the attempt to record.
 *
 * @example
 * const attempt = await postWebhook(fetch, { url, event, deliveryId, body, headers: [], secret, now })
 */
export async function postWebhook(fetch: FetchLike, post: WebhookPost): Promise<WebhookAttempt> {
  const timestamp = String(Math.floor(post.now.getTime() / 1000))
  const at = post.now.toISOString()
  try {
    const res = await fetch(post.url, {
      method: 'POST',
      headers: {
        ...Object.fromEntries(post.headers.map((h) => [h.key, h.value])),
        'content-type': 'application/json',
        'x-shipstation-webhook-event': post.event,
        'x-shipstation-webhook-delivery': post.deliveryId,
        [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(post.secret, timestamp, post.body),
      },
      body: post.body,
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    })
    await res.arrayBuffer().catch(() => undefined)
    return { at, status: res.status }
  } catch (cause) {
    return { at, status: null, error: cause instanceof Error ? cause.message : String(cause) }
  }
}
