import * as z from 'zod'
import {
  approveAsRepresentative,
  createUspsAccount,
  grantAuctaneAccess,
  type UspsFixtureAccount,
} from '../clients/usps-customer-client'
import { FixtureFailedError } from '../errors'
import type { DomainContext } from './context'
import { type CopAccount, findOrCreateCopAccount, getCopAccount } from './cop-account'
import { submitIdentifiers } from './submit-identifiers'
import { completeUspsLink, startUspsLink } from './usps-link'

/** The COP states a fixture can start at, in the order the guide reaches them. */
export const COP_FIXTURE_STATES = ['usps-linked', 'approval-pending', 'nsa-active'] as const

export const CopFixtureInput = z.object({
  state: z.enum(COP_FIXTURE_STATES, {
    error: `state must be one of ${COP_FIXTURE_STATES.join(', ')}.`,
  }),
  shipstationAccountId: z
    .string({ error: 'shipstationAccountId is required' })
    .trim()
    .min(1, 'shipstationAccountId is required'),
  email: z.email({ error: 'email must be an email address' }),
  name: z.string().trim().default(''),
  company: z.string().trim().default(''),
  promoCode: z.string().trim().default(''),
})
export type CopFixtureInput = z.infer<typeof CopFixtureInput>

export interface CopFixture {
  accountId: string
  status: CopAccount['status']
  usps: UspsFixtureAccount
  linkId: string | null
}

/**
 * A COP account for a ShipStation account, brought to `state` by the path a customer takes: USPS
 * makes the account through its own fixtures route (active EPA), the OAuth link runs the real code
 * flow (sign-in, one-time code, consent), the identifiers go through payment-authorization, and
 * for `nsa-active` the representative approves through USPS's control API. ShipStation hears the
 * same events as on the real path.
 *
 * @example
 * const fixture = await createCopFixture(ctx, { state: 'approval-pending', shipstationAccountId, email })
 */
export async function createCopFixture(
  ctx: DomainContext,
  input: CopFixtureInput,
): Promise<CopFixture> {
  const { state, ...profile } = input
  const existing = await getCopAccount(ctx, profile.shipstationAccountId)
  if (existing && existing.status !== 'not_started') {
    throw new FixtureFailedError(
      `The ShipStation account ${profile.shipstationAccountId} already has a Stamps.com account in status ${existing.status}; use another account.`,
      409,
    )
  }
  let account = await findOrCreateCopAccount(ctx, profile)
  const usps = await createUspsAccount(ctx, { state: 'epa-active', email: profile.email })
  if (!usps.eps) throw new FixtureFailedError('USPS made the account without an EPS Number.', 502)
  const answer = await grantAuctaneAccess(ctx, await startUspsLink(ctx, account), usps)
  account = await completeUspsLink(ctx, account, answer)
  let linkId: string | null = null
  if (state !== 'usps-linked') {
    account = await submitIdentifiers(ctx, account, {
      crid: usps.crid,
      mid: usps.mid,
      epsNumber: usps.eps,
    })
  }
  if (state === 'nsa-active') {
    linkId = await approveAsRepresentative(ctx, usps.eps)
    // USPS's nsa_link.approved came back to us during that call (inline delivery).
    account = (await getCopAccount(ctx, account.id)) ?? account
    if (account.status !== 'approved') {
      throw new FixtureFailedError(
        `USPS approved link ${linkId}, but its nsa_link.approved event has not reached Stamps.com yet (status ${account.status}).`,
        502,
      )
    }
  }
  return { accountId: account.id, status: account.status, usps, linkId }
}
