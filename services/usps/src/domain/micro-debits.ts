import { sendMessage, type TenantStore, ValidationError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { EpaStateError } from '../errors'
import { getAccount } from './account'
import type { DomainContext } from './context'
import { nextEpaStatus } from './epa'
import { getPaymentAccount, PAYMENT_ACCOUNTS, type PaymentAccount } from './payment-account'
import { HOUR_MS, isoAfter, isPast, MINUTE_MS } from './time'

/** Bank accounts whose micro-debits have not posted yet: the only ones a request must look at. */
export const MICRO_DEBIT_SCHEDULE = 'micro_debit_schedule'
export const MAX_VERIFICATION_ATTEMPTS = 3
/** The micro-debits reach the bank between these many hours after the bank account is added. */
export const MICRO_DEBITS_EARLIEST_HOURS = 24
export const MICRO_DEBITS_LATEST_HOURS = 48
const POSTING_WINDOW = `${MICRO_DEBITS_EARLIEST_HOURS} to ${MICRO_DEBITS_LATEST_HOURS} hours`

/**
 * Two debits of 1 to 99 cents and when the bank shows them: a random minute of the posting window
 * on the sandbox clock.
 */
export function drawMicroDebits(ctx: Pick<DomainContext, 'clock' | 'random'>): {
  microDebitsCents: [number, number]
  postedAt: string
} {
  const windowMinutes = (MICRO_DEBITS_LATEST_HOURS - MICRO_DEBITS_EARLIEST_HOURS) * 60
  const delayMs =
    MICRO_DEBITS_EARLIEST_HOURS * HOUR_MS + ctx.random.int(windowMinutes + 1) * MINUTE_MS
  const cents = () => 1 + ctx.random.int(99)
  // Drawn after the delay: the seeded sandbox keeps the amounts it always gave.
  const first = cents()
  const second = cents()
  return { microDebitsCents: [first, second], postedAt: isoAfter(ctx.clock, delayMs) }
}

/** Puts the bank account on the schedule `postDueMicroDebits` reads. */
export async function scheduleMicroDebits(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  postedAt: string,
): Promise<void> {
  await ctx.store.put(MICRO_DEBIT_SCHEDULE, accountId, { accountId, postedAt })
}

const Amount = (label: string) =>
  z
    .string(`Enter the ${label} micro-debit amount.`)
    .trim()
    .regex(/^\$?0?\.\d{2}$/, `Enter the ${label} micro-debit amount in dollars, e.g. 0.32.`)
    .transform((v) => Math.round(Number(v.replace('$', '')) * 100))

export const MicroDebitInput = z.object({
  firstAmount: Amount('first'),
  secondAmount: Amount('second'),
})

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`

/**
 * The sandbox time (epoch ms) the first scheduled micro-debits post at, or undefined when none is
 * scheduled: `postDueMicroDebits` has nothing to do before then.
 */
export async function earliestMicroDebits(store: TenantStore): Promise<number | undefined> {
  let earliest: number | undefined
  for (const due of await store.list<{ postedAt: string }>(MICRO_DEBIT_SCHEDULE)) {
    const at = Date.parse(due.postedAt)
    if (!Number.isNaN(at) && (earliest === undefined || at < earliest)) earliest = at
  }
  return earliest
}

/**
 * Posts the micro-debits whose time has come on the sandbox clock: the bank notice appears in the
 * outbox. Checked lazily on each request, so a clock jump past the posting window shows them at once.
 */
export async function postDueMicroDebits(ctx: DomainContext): Promise<number> {
  let posted = 0
  for (const due of await ctx.store.list<{ accountId: string; postedAt: string }>(
    MICRO_DEBIT_SCHEDULE,
  )) {
    if (!isPast(ctx.clock, due.postedAt)) continue
    let claimed = false
    const epa = await ctx.store.update<PaymentAccount>(PAYMENT_ACCOUNTS, due.accountId, (p) => {
      if (!p?.ach || p.ach.noticeSentAt) return p
      claimed = true
      return { ...p, ach: { ...p.ach, noticeSentAt: ctx.clock.now().toISOString() } }
    })
    await ctx.store.delete(MICRO_DEBIT_SCHEDULE, due.accountId)
    const account = await getAccount(ctx, due.accountId)
    if (!claimed || !epa?.ach || !account) continue
    const [first, second] = epa.ach.microDebitsCents
    await sendMessage(ctx.store, ctx.clock, {
      channel: 'email',
      to: account.email,
      subject: `Bank notice: two debits from USPS EPS on account ending ${epa.ach.accountLast4}`,
      text:
        `Sandbox Bank: two debits posted to your ${epa.ach.accountType} account ending ` +
        `${epa.ach.accountLast4}: USPS EPS VERIFY ${dollars(first)} and USPS EPS VERIFY ` +
        `${dollars(second)}. Enter both amounts in the USPS Business Portal (My Account > ` +
        'Payment Account > Verify your bank account).',
    })
    posted++
  }
  return posted
}

/** True when the bank shows the debits (the user can read the amounts). */
export function microDebitsPosted(ctx: Pick<DomainContext, 'clock'>, epa: PaymentAccount): boolean {
  return epa.ach !== undefined && isPast(ctx.clock, epa.ach.postedAt)
}

/**
 * Confirms the two amounts (in either order). MAX_VERIFICATION_ATTEMPTS wrong tries fail the bank account; the user
 * then adds a payment account again.
 */
export async function verifyMicroDebits(
  ctx: DomainContext,
  accountId: string,
  input: z.output<typeof MicroDebitInput>,
): Promise<PaymentAccount> {
  await postDueMicroDebits(ctx)
  const epa = await getPaymentAccount(ctx, accountId)
  nextEpaStatus(epa.status, 'micro_debits_verified')
  if (!epa.ach || !microDebitsPosted(ctx, epa)) {
    throw new EpaStateError(
      `The micro-debits have not posted yet: they reach your bank ${POSTING_WINDOW} after you added it. Check again later.`,
    )
  }
  const expected = [...epa.ach.microDebitsCents].sort((a, b) => a - b)
  const given = [input.firstAmount, input.secondAmount].sort((a, b) => a - b)
  const now = ctx.clock.now().toISOString()
  if (expected[0] === given[0] && expected[1] === given[1]) {
    const status = nextEpaStatus(epa.status, 'micro_debits_verified')
    const next: PaymentAccount = { ...epa, status, activatedAt: now, updatedAt: now }
    await ctx.store.put(PAYMENT_ACCOUNTS, accountId, next)
    return next
  }
  const failedAttempts = epa.ach.failedAttempts + 1
  const locked = failedAttempts >= MAX_VERIFICATION_ATTEMPTS
  await ctx.store.put<PaymentAccount>(PAYMENT_ACCOUNTS, accountId, {
    ...epa,
    status: locked ? nextEpaStatus(epa.status, 'verification_failed') : epa.status,
    ach: { ...epa.ach, failedAttempts },
    updatedAt: now,
  })
  if (locked) {
    throw new EpaStateError(
      `The amounts did not match ${MAX_VERIFICATION_ATTEMPTS} times, so the bank account could not be verified. Add a payment account again.`,
    )
  }
  const left = MAX_VERIFICATION_ATTEMPTS - failedAttempts
  throw ValidationError.forField(
    'firstAmount',
    `The amounts do not match the micro-debits. ${left} ${left === 1 ? 'try' : 'tries'} left.`,
  )
}
