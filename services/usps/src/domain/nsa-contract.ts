import { NotFoundError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from './context'
import { listNsaLinks } from './nsa-link'

const NSA_CONTRACTS = 'nsa_contracts'

/** The mail classes an NSA contract prices (docs/contracts/rates-labels-and-events.md). */
export const MAIL_CLASSES = [
  'PRIORITY_MAIL_EXPRESS',
  'PRIORITY_MAIL',
  'USPS_GROUND_ADVANTAGE',
  'PARCEL_SELECT',
] as const
export type MailClass = (typeof MAIL_CLASSES)[number]

export const MAIL_CLASS_NAMES: Record<MailClass, string> = {
  PRIORITY_MAIL_EXPRESS: 'Priority Mail Express',
  PRIORITY_MAIL: 'Priority Mail',
  USPS_GROUND_ADVANTAGE: 'USPS Ground Advantage',
  PARCEL_SELECT: 'Parcel Select',
}

/**
 * A customer's NSA price table: per mail class, the discount in percent off the commercial price
 * (12 means the contract price is the commercial price less 12 %).
 */
export interface NsaContract {
  name: string
  discounts: Record<MailClass, number>
}

interface StoredContract extends NsaContract {
  epsNumber: string
  updatedAt: string
}

/** What a new contract starts with until the representative edits it. */
export const DEFAULT_CONTRACT: NsaContract = {
  name: 'NSA Commercial Plus',
  discounts: {
    PRIORITY_MAIL_EXPRESS: 8,
    PRIORITY_MAIL: 12,
    USPS_GROUND_ADVANTAGE: 18,
    PARCEL_SELECT: 10,
  },
}

const Percent = z.coerce
  .number('Enter a discount in percent, e.g. 12.')
  .min(0, 'A discount cannot be below 0 %.')
  .max(60, 'A discount above 60 % is not offered.')

/** The desk's contract form and `PUT /__sandbox/rep/contracts/{eps}`. */
export const NsaContractInput = z.object({
  name: z
    .string('Give the contract a name.')
    .trim()
    .min(1, 'Give the contract a name.')
    .max(80, 'Keep the name under 80 characters.'),
  discounts: z.object(
    Object.fromEntries(MAIL_CLASSES.map((m) => [m, Percent])) as Record<MailClass, typeof Percent>,
    'Give a discount for every mail class.',
  ),
})

/** A contract is shown and edited only for an EPS number some link request names (else 404). */
export async function requireLinkedEps(
  ctx: Pick<DomainContext, 'store'>,
  epsNumber: string,
): Promise<void> {
  if (!(await listNsaLinks(ctx)).some((l) => l.epsNumber === epsNumber)) {
    throw new NotFoundError(`No NSA link request names the EPS number ${epsNumber} in this tenant.`)
  }
}

/** The contract as stored or, for an EPS number nobody edited, the default. */
export async function getContract(
  ctx: Pick<DomainContext, 'store'>,
  epsNumber: string,
): Promise<NsaContract> {
  const stored = await ctx.store.get<StoredContract>(NSA_CONTRACTS, epsNumber)
  return stored ? { name: stored.name, discounts: stored.discounts } : DEFAULT_CONTRACT
}

/** Seeds the default contract when the EPS number has none (on approval). */
export async function ensureContract(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  epsNumber: string,
): Promise<void> {
  await ctx.store.insert<StoredContract>(NSA_CONTRACTS, epsNumber, {
    ...DEFAULT_CONTRACT,
    epsNumber,
    updatedAt: ctx.clock.now().toISOString(),
  })
}

/** The representative's edit of the named price table. */
export async function saveContract(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  epsNumber: string,
  input: z.output<typeof NsaContractInput>,
): Promise<NsaContract> {
  const stored: StoredContract = {
    name: input.name,
    discounts: input.discounts,
    epsNumber,
    updatedAt: ctx.clock.now().toISOString(),
  }
  await ctx.store.put(NSA_CONTRACTS, epsNumber, stored)
  return { name: stored.name, discounts: stored.discounts }
}

/**
 * The NSA contract that prices `epsNumber`, or null unless an NSA link with that EPS number is
 * approved (pending, rejected and revoked links price nothing). The prices and labels APIs read
 * it; whose EPS number it is, they check themselves.
 *
 * @example
 * const contract = await contractFor(ctx, '1234567890') // {name, discounts: {PRIORITY_MAIL: 12, ...}} | null
 */
export async function contractFor(
  ctx: Pick<DomainContext, 'store'>,
  epsNumber: string,
): Promise<NsaContract | null> {
  const links = await listNsaLinks(ctx)
  if (!links.some((l) => l.epsNumber === epsNumber && l.status === 'approved')) return null
  return getContract(ctx, epsNumber)
}
