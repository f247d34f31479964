import * as z from 'zod'
import { identifiersOf, sendCopEvent } from '../clients/shipstation-events'
import { authorizeUspsPayment } from '../clients/usps-payments-client'
import { UspsNotLinkedError } from '../errors'
import type { DomainContext } from './context'
import { type CopAccount, changeCopAccount } from './cop-account'
import { transition } from './cop-status'
import { currentUspsAccessToken } from './usps-access-token'

const CRID_MAX_DIGITS = 15
const MID_SHORT_DIGITS = 6
const MID_LONG_DIGITS = 9
const EPS_NUMBER_DIGITS = 10

const digits = (label: string, pattern: RegExp, rule: string) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .regex(pattern, `The ${label} ${rule}. Copy it from the USPS Business Portal.`)

/** CRID, MID and EPS Number as the customer's USPS representative gave them. */
export const ConnectionIdentifiers = z.object({
  crid: digits(
    'CRID',
    new RegExp(`^\\d{1,${CRID_MAX_DIGITS}}$`),
    `is a number of up to ${CRID_MAX_DIGITS} digits`,
  ),
  // A short MID starts with 0-8, a long one with 9.
  mid: digits(
    'MID',
    new RegExp(`^([0-8]\\d{${MID_SHORT_DIGITS - 1}}|9\\d{${MID_LONG_DIGITS - 1}})$`),
    `has ${MID_SHORT_DIGITS} digits starting with 0-8, or ${MID_LONG_DIGITS} digits starting with 9`,
  ),
  epsNumber: digits(
    'EPS Number',
    new RegExp(`^\\d{${EPS_NUMBER_DIGITS}}$`),
    `has exactly ${EPS_NUMBER_DIGITS} digits`,
  ),
})
export type ConnectionIdentifiers = z.infer<typeof ConnectionIdentifiers>

/**
 * The last COP step: USPS must accept CRID, MID and EPS Number for the linked account (payment
 * authorization, PAYER + LABEL_OWNER); then the account is `approval_pending` and ShipStation is
 * told. A refusal by USPS changes nothing.
 *
 * @example
 * const pending = await submitIdentifiers(ctx, account, { crid, mid, epsNumber })
 */
export async function submitIdentifiers(
  ctx: DomainContext,
  account: CopAccount,
  ids: ConnectionIdentifiers,
): Promise<CopAccount> {
  if (account.status === 'not_started' || !account.usps) throw new UspsNotLinkedError()
  transition(account.status, 'approval_pending')
  const accessToken = await currentUspsAccessToken(ctx, account)
  await authorizeUspsPayment(ctx, accessToken, ids)
  const pending = await changeCopAccount(ctx, account.id, ({ rejection: _, ...current }) => ({
    ...current,
    status: transition(current.status, 'approval_pending'),
    identifiers: identifiersOf(ids),
    approvalRequestedAt: ctx.clock.now().toISOString(),
  }))
  if (!pending) throw new UspsNotLinkedError()
  await sendCopEvent(ctx, pending.id, 'cop.approval_pending', identifiersOf(ids))
  return pending
}
