import type { Clock, TenantStore } from '@partner-sandbox/shared'
import { z } from 'zod'
import type { StampsDeps } from '../deps'
import { UspsNotLinkedError } from '../errors'
import { type CopAccount, changeCopAccount } from './cop-account'
import { sendCopEvent } from './cop-events'
import { transition } from './cop-status'
import { currentUspsAccessToken } from './usps-access-token'
import { authorizeUspsPayment } from './usps-payments-client'

const digits = (label: string, pattern: RegExp, rule: string) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .regex(pattern, `The ${label} ${rule}. Copy it from the USPS Business Portal.`)

/** CRID, MID and EPS Number as the customer's USPS representative gave them. */
export const ConnectionIdentifiers = z.object({
  crid: digits('CRID', /^\d{1,15}$/, 'is a number of up to 15 digits'),
  mid: digits(
    'MID',
    /^([0-8]\d{5}|9\d{8})$/,
    'has 6 digits starting with 0-8, or 9 digits starting with 9',
  ),
  epsNumber: digits('EPS Number', /^\d{10}$/, 'has exactly 10 digits'),
})
export type ConnectionIdentifiers = z.infer<typeof ConnectionIdentifiers>

/**
 * The last COP step: USPS must accept CRID, MID and EPS Number for the linked account (payment
 * authorization, PAYER + LABEL_OWNER); then the account is `approval_pending` and ShipStation is
 * told. A refusal by USPS changes nothing.
 *
 * @example
 * const account = await submitIdentifiers(deps, store, clock, account, { crid, mid, epsNumber })
 */
export async function submitIdentifiers(
  deps: Pick<StampsDeps, 'peers' | 'uspsClient' | 'keys'>,
  store: TenantStore,
  clock: Clock,
  account: CopAccount,
  ids: ConnectionIdentifiers,
): Promise<CopAccount> {
  if (account.status === 'not_started' || !account.usps) throw new UspsNotLinkedError()
  transition(account.status, 'approval_pending')
  const accessToken = await currentUspsAccessToken(deps, store, clock, account)
  await authorizeUspsPayment(deps, store.tenant, accessToken, ids)
  const pending = await changeCopAccount(store, clock, account.id, (current) => ({
    ...current,
    status: transition(current.status, 'approval_pending'),
    identifiers: { crid: ids.crid, mid: ids.mid, epsNumber: ids.epsNumber },
    approvalRequestedAt: clock.now().toISOString(),
  }))
  if (!pending) throw new UspsNotLinkedError()
  await sendCopEvent(deps, store, clock, pending.id, 'cop.approval_pending', ids)
  return pending
}
