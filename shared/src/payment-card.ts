import * as z from 'zod'
import { CardDeclinedError, CardExpiredError } from './errors'

/**
 * Card numbers with a fixed outcome, as in Stripe test mode: any other number that passes the Luhn
 * check is accepted.
 */
export const TEST_CARDS = {
  approved: '4242424242424242',
  declined: '4000000000000002',
} as const

const digitsOnly = (v: string) => v.replace(/[\s-]/g, '')

export function passesLuhn(number: string): boolean {
  let sum = 0
  for (let i = 0; i < number.length; i++) {
    let d = Number(number[number.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export const CardNumber = z
  .string()
  .transform(digitsOnly)
  .pipe(
    z
      .string()
      .regex(/^\d{13,19}$/, 'Enter the 13 to 19 digits of the card number.')
      .refine(
        passesLuhn,
        'This card number is not valid: check the digits (test card: 4242 4242 4242 4242).',
      ),
  )

/** "MM/YY"; whether it is past is checked against the sandbox clock by `isCardExpired`. */
export const CardExpiry = z
  .string()
  .trim()
  .regex(/^(0[1-9]|1[0-2])\/\d{2}$/, 'Enter the expiry date as MM/YY, e.g. 12/30.')

export const CardCvc = z
  .string()
  .trim()
  .regex(/^\d{3,4}$/, 'Enter the 3 or 4 digit security code.')

export const CardDetails = z.object({
  cardholderName: z.string().trim().min(1, 'Enter the name on the card.').max(100),
  cardNumber: CardNumber,
  expiry: CardExpiry,
  cvc: CardCvc,
  billingZip: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'Enter a 5-digit ZIP code (or ZIP+4).'),
})
export type CardDetails = z.infer<typeof CardDetails>

/** A card is valid through the last day of its expiry month. */
export function isCardExpired(expiry: string, now: Date): boolean {
  const [mm, yy] = expiry.split('/').map(Number)
  if (mm === undefined || yy === undefined) return true
  const firstOfNextMonth = Date.UTC(2000 + yy, mm, 1)
  return now.getTime() >= firstOfNextMonth
}

export function isDeclinedTestCard(number: string): boolean {
  return number === TEST_CARDS.declined
}

export function cardBrand(number: string): string {
  if (number.startsWith('4')) return 'Visa'
  if (/^5[1-5]/.test(number) || /^2[2-7]/.test(number)) return 'Mastercard'
  if (/^3[47]/.test(number)) return 'American Express'
  if (number.startsWith('6')) return 'Discover'
  return 'Card'
}

/**
 * Refuses a card that passed the format checks but cannot pay: expired by the sandbox clock, or
 * the declined test card. Both card forms (ShipStation Balance, USPS EPA) call it before writing.
 *
 * @example
 * assertCardUsable(input, clock.now())
 */
export function assertCardUsable(
  card: Pick<CardDetails, 'expiry' | 'cardNumber'>,
  now: Date,
): void {
  if (isCardExpired(card.expiry, now)) throw new CardExpiredError(card.expiry)
  if (isDeclinedTestCard(card.cardNumber)) throw new CardDeclinedError()
}
