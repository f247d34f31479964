import { NewPassword, secretToken } from '@partner-sandbox/shared'
import * as z from 'zod'
import { addAchAccount } from './add-ach-account'
import { addCreditCard } from './add-credit-card'
import { approveNsaLink } from './approve-nsa-link'
import type { DomainContext } from './context'
import { createAccount } from './create-account'
import { requestNsaLink } from './nsa-link'
import { rememberConsent } from './oauth-consent'
import { createGrant } from './oauth-grants'

/** The steps of the guide a fixture account can start at. */
export const FIXTURE_STATES = [
  'no-epa',
  'epa-pending-ach',
  'epa-active',
  'linked-pending',
  'linked-approved',
] as const
export type FixtureState = (typeof FIXTURE_STATES)[number]

/** The scopes Stamps.com asks for when it links (services/stamps `USPS_SCOPE`). */
export const AUCTANE_LINK_SCOPE = 'payments labels prices tracking'
const FIXTURE_PASSWORD = 'Postal12345'

/** Body of `POST /__sandbox/fixtures/usps-accounts`. */
export const UspsAccountFixtureInput = z
  .object({
    state: z.enum(
      FIXTURE_STATES,
      'state must be one of no-epa, epa-pending-ach, epa-active, linked-pending, linked-approved.',
    ),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email('Enter a valid email address, e.g. ann@example.com.'))
      .optional(),
    username: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{6,50}$/, 'Use 6 to 50 letters, digits, ".", "_" or "-".')
      .optional(),
    password: NewPassword.optional(),
    paymentMethod: z
      .enum(['credit_card', 'ach'], 'paymentMethod is credit_card or ach.')
      .optional(),
  })
  .refine((f) => f.state !== 'no-epa' || f.paymentMethod === undefined, {
    path: ['paymentMethod'],
    message: 'A no-epa account has no payment method; leave paymentMethod out.',
  })
  .refine((f) => f.state !== 'epa-pending-ach' || f.paymentMethod !== 'credit_card', {
    path: ['paymentMethod'],
    message: 'epa-pending-ach is an ACH account; leave paymentMethod out or use ach.',
  })
  .refine(
    (f) => !['epa-active', 'linked-approved'].includes(f.state) || f.paymentMethod !== 'ach',
    {
      path: ['paymentMethod'],
      message:
        'An ACH account stays Pending until its micro-debits are verified: use epa-pending-ach or linked-pending for ACH.',
    },
  )

/** The 201 answer: how to sign in, and the numbers the customer would copy from the portal. */
export interface UspsAccountFixture {
  accountId: string
  username: string
  email: string
  password: string
  crid: string
  mid: string
  manifestMid: string
  eps: string | null
  microDebitsCents?: [number, number]
  microDebitsPostAt?: string
  linkId?: string
}

const TEST_CARD = {
  cardholderName: 'Fixture Shipper',
  cardNumber: '4242424242424242',
  expiry: '12/39',
  cvc: '123',
  billingZip: '78701',
  anticipatedDailySpend: 250,
  acceptTerms: true as const,
}

/**
 * Creates an account directly in `state` through the same domain functions the pages use
 * (createAccount, addCreditCard or addAchAccount, the OAuth grant and consent Auctane would get,
 * requestNsaLink, approveNsaLink). A linked-approved fixture sends no `nsa_link.approved`: it has
 * no Stamps.com side, which Stamps.com's own fixture builds.
 *
 * @example
 * const fixture = await createUspsAccountFixture(ctx, { state: 'epa-active' })
 */
export async function createUspsAccountFixture(
  ctx: DomainContext,
  input: z.output<typeof UspsAccountFixtureInput>,
): Promise<UspsAccountFixture> {
  const suffix = secretToken(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, 'x')
  const username = input.username ?? `fixture-${suffix}`
  const email = input.email ?? `${username.toLowerCase()}@example.com`
  const password = input.password ?? FIXTURE_PASSWORD
  const account = await createAccount(ctx, {
    email,
    username,
    password,
    company: {
      companyName: `Fixture ${suffix} LLC`,
      streetAddress: '100 Congress Ave',
      city: 'Austin',
      state: 'TX',
      zipCode: '78701',
    },
    contact: { firstName: 'Fixture', lastName: 'Shipper', phone: '5125550100' },
  })
  const fixture: UspsAccountFixture = {
    accountId: account.id,
    username: account.username,
    email: account.email,
    password,
    crid: account.crid,
    mid: account.mid,
    manifestMid: account.mid,
    eps: null,
  }
  if (input.state === 'no-epa') return fixture
  const ach =
    input.state === 'epa-pending-ach' ||
    (input.state === 'linked-pending' && input.paymentMethod === 'ach')
  const epa = ach
    ? await addAchAccount(ctx, account.id, {
        routingNumber: '011000015',
        accountNumber: '000123456789',
        accountType: 'checking',
        acceptTerms: true,
      })
    : await addCreditCard(ctx, account.id, TEST_CARD)
  fixture.eps = epa.epsNumber ?? null
  if (epa.ach) {
    fixture.microDebitsCents = epa.ach.microDebitsCents
    fixture.microDebitsPostAt = epa.ach.postedAt
  }
  if (input.state !== 'linked-pending' && input.state !== 'linked-approved') return fixture
  await createGrant(ctx, 'auctane', account.id)
  await rememberConsent(ctx, 'auctane', account.id, AUCTANE_LINK_SCOPE)
  const link = await requestNsaLink(ctx, {
    clientId: 'auctane',
    uspsAccountId: account.id,
    crid: account.crid,
    mid: account.mid,
    epsNumber: epa.epsNumber ?? '',
  })
  fixture.linkId = link.id
  if (input.state === 'linked-approved') await approveNsaLink(ctx, undefined, link.id)
  return fixture
}
