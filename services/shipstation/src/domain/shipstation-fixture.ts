import { listMessages, type PeerDirectory, randomDigits, TEST_CARDS } from '@partner-sandbox/shared'
import * as z from 'zod'
import { createCopFixture } from '../clients/stamps-fixtures'
import { FixtureFailedError } from '../errors'
import { getAccount } from './accounts'
import { createApiKey } from './api-keys'
import type { DomainContext } from './context'
import { verifyEmailCode } from './email-verification'
import { addFunds } from './manual-funding'
import { addPaymentMethod } from './payment-methods'
import { verifyPhoneCode } from './phone-verification'
import { BUILT_IN_PROMO_CODE } from './promo-codes'
import { registerAccount } from './registration'

/** Where a fixture account starts, in the guide's order. */
export const SHIPSTATION_FIXTURE_STATES = [
  'new',
  'verified',
  'balance-ready',
  'approval-pending',
  'nsa-active',
] as const
export type ShipStationFixtureState = (typeof SHIPSTATION_FIXTURE_STATES)[number]

/** What a `balance-ready` account holds, so labels can be bought at once. */
export const FIXTURE_BALANCE_CENTS = 10_000
const FIXTURE_PASSWORD = 'Sandbox-Fixture-1'
/** A 555-01xx number: reserved for fiction, never a real phone. */
const FIXTURE_PHONE = '+15550100100'

export const ShipStationFixtureInput = z.object({
  state: z.enum(SHIPSTATION_FIXTURE_STATES, {
    error: `state must be one of ${SHIPSTATION_FIXTURE_STATES.join(', ')}.`,
  }),
})

export interface ShipStationFixture {
  email: string
  password: string
  phone: string
  apiKey: string
  accountId: string
}

const reached = (state: ShipStationFixtureState, step: ShipStationFixtureState) =>
  SHIPSTATION_FIXTURE_STATES.indexOf(state) >= SHIPSTATION_FIXTURE_STATES.indexOf(step)

/**
 * An account at `state`, made by the path a customer takes: registration with the demo promo
 * code, the codes from the outbox, the test card and funds; for `approval-pending` and
 * `nsa-active`, Stamps.com's fixtures route builds the COP and USPS sides and its `cop.*` events
 * move this account, as on the real path. An API key comes with every fixture.
 *
 * @example
 * const { email, password, apiKey } = await createShipStationFixture(ctx, 'balance-ready')
 */
export async function createShipStationFixture(
  ctx: DomainContext,
  options: { peers: PeerDirectory },
  state: ShipStationFixtureState,
): Promise<ShipStationFixture> {
  const email = `fixture-${randomDigits(ctx.random, 10)}@example.com`
  const phone = FIXTURE_PHONE
  const account = await registerAccount(ctx, {
    firstName: 'Fixture',
    lastName: 'Customer',
    company: 'Fixture Goods',
    email,
    phone,
    password: FIXTURE_PASSWORD,
    promoCode: BUILT_IN_PROMO_CODE,
  })
  if (reached(state, 'verified')) {
    await verifyEmailCode(ctx, account.id, await lastCode(ctx, email))
    await verifyPhoneCode(ctx, account.id, await lastCode(ctx, account.phone))
  }
  if (reached(state, 'balance-ready')) {
    await addPaymentMethod(ctx, account.id, {
      cardholderName: 'Fixture Customer',
      cardNumber: TEST_CARDS.approved,
      expiry: expiryInTwoYears(ctx.clock.now()),
      cvc: '123',
      billingZip: '10001',
    })
    await addFunds(ctx, account.id, {
      amount: FIXTURE_BALANCE_CENTS,
      idempotencyKey: `fixture-${account.id}`,
    })
  }
  if (state === 'approval-pending' || state === 'nsa-active') {
    await createCopFixture({ peers: options.peers, tenant: ctx.store.tenant }, account, state)
    const expected = state === 'nsa-active' ? 'approved' : 'approval_pending'
    const after = await getAccount(ctx.store, account.id)
    if (after.copStatus !== expected) {
      throw new FixtureFailedError(
        `Stamps.com built the ${state} fixture, but its event has not reached ShipStation yet (COP status ${after.copStatus}).`,
      )
    }
  }
  const { key } = await createApiKey(ctx, account.id)
  return { email, password: FIXTURE_PASSWORD, phone, apiKey: key, accountId: account.id }
}

async function lastCode(ctx: DomainContext, to: string): Promise<string> {
  const [message] = await listMessages(ctx.store, { to })
  if (!message?.code) throw new FixtureFailedError(`No verification code was sent to ${to}.`)
  return message.code
}

function expiryInTwoYears(now: Date): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0')
  return `${month}/${String((now.getUTCFullYear() + 2) % 100).padStart(2, '0')}`
}
