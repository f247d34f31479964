import { createHmac, timingSafeEqual } from 'node:crypto'

/** Headers of every webhook delivery (documented in the README and on /docs). */
export const WEBHOOK_SIGNATURE_HEADER = 'x-shipstation-webhook-signature'
export const WEBHOOK_TIMESTAMP_HEADER = 'x-shipstation-webhook-timestamp'

/**
 * `v1=<hex HMAC-SHA256 of "<timestamp>.<body>">` keyed with the account's signing secret, so a
 * receiver can check the sender and refuse an old delivery replayed later.
 *
 * @example
 * const signature = signWebhook(secret, '1767225600', body)
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`
}

/**
 * What a receiver runs: true when the signature matches the body and timestamp.
 *
 * @example
 * verifyWebhookSignature(secret, req.headers['x-shipstation-webhook-timestamp'], rawBody, req.headers['x-shipstation-webhook-signature'])
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, body))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
