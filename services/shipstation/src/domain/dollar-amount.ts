import * as z from 'zod'
import { formatCents } from './balance-ledger'

/**
 * A dollar amount typed by a person ("50", "50.00", "$1,250.5") as integer cents, between `min`
 * and `max` cents; the messages quote the limits from the same numbers.
 *
 * @example
 * dollarAmount('amount', 1000, 50_000).parse('25') // 2500
 */
export function dollarAmount(label: string, minCents: number, maxCents: number) {
  const range = `between ${formatCents(minCents)} and ${formatCents(maxCents)}`
  const message = `Enter the ${label} in dollars, ${range}, e.g. 50.00.`
  return z
    .union([z.string(), z.number()], { error: message })
    .transform((value, ctx) => {
      const text = String(value).trim().replace(/^\$/, '').replaceAll(',', '')
      if (!/^\d+(\.\d{1,2})?$/.test(text)) {
        ctx.addIssue({ code: 'custom', message })
        return z.NEVER
      }
      return Math.round(Number(text) * 100)
    })
    .refine((cents) => cents >= minCents && cents <= maxCents, {
      message: `The ${label} must be ${range}.`,
    })
}

/** An Idempotency-Key: the header of the JSON API, a hidden field of the HTML forms. */
export const IdempotencyKey = z
  .string({
    error: 'Send an Idempotency-Key (a unique string per payment, e.g. a UUID) with this request.',
  })
  .trim()
  .min(8, 'An Idempotency-Key has at least 8 characters, e.g. a UUID.')
  .max(255, 'An Idempotency-Key has at most 255 characters.')
