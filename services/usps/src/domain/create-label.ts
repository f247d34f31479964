import { ConflictError, USPS_ERROR } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UspsApiError } from '../errors'
import { ownerOfNumber } from '../lib/unique-number'
import type { AccessTokenClaims } from './access-token'
import type { DomainContext } from './context'
import { recordLedgerEntry } from './epa-ledger'
import { claimTrackingNumber, LABELS, type Label } from './label'
import { contractFor } from './nsa-contract'
import { EPS_NUMBERS, getPaymentAccount } from './payment-account'
import type { PaymentAuthorizationClaims } from './payment-authorization-token'
import { pricePackage } from './price-search'
import { PRICE_TABLE } from './price-table'

const LABEL_IDEMPOTENCY = 'label_idempotency'
const DAY_MS = 86_400_000

const Address = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  firm: z.string().optional(),
  streetAddress: z.string().min(1),
  secondaryAddress: z.string().optional(),
  city: z.string().min(1),
  state: z.string().regex(/^[A-Z]{2}$/, 'two capital letters, e.g. TX'),
  ZIPCode: z.string().regex(/^\d{5}$/, 'five digits'),
  ZIPPlus4: z.string().optional(),
})

/** The body of `POST /labels/v3/label`, as published (fields the sandbox ignores are accepted). */
export const LabelRequestInput = z.object({
  imageInfo: z
    .looseObject({
      imageType: z.string().optional().describe('PDF (the only image the sandbox makes)'),
      labelType: z.string().optional(),
      receiptOption: z.string().optional(),
      suppressPostage: z.boolean().optional(),
      suppressMailDate: z.boolean().optional(),
      returnLabel: z.boolean().optional(),
    })
    .optional(),
  toAddress: Address,
  fromAddress: Address,
  packageDescription: z.looseObject({
    mailClass: z.string(),
    rateIndicator: z.string().optional(),
    weightUOM: z.literal('lb').optional(),
    weight: z.number(),
    dimensionsUOM: z.literal('in').optional(),
    length: z.number().nonnegative(),
    width: z.number().nonnegative(),
    height: z.number().nonnegative(),
    processingCategory: z.string().optional(),
    mailingDate: z.iso.date().optional(),
    extraServices: z.array(z.number().int()).optional(),
    destinationEntryFacilityType: z.string().optional(),
  }),
})
export type LabelRequest = z.output<typeof LabelRequestInput>

export interface CreateLabelInput {
  caller: AccessTokenClaims
  payment: PaymentAuthorizationClaims
  request: LabelRequest
  idempotencyKey?: string
}

/**
 * Makes a label for the payment authorization's PAYER: checks the token pair (160259), the PAYER
 * role (160369) and its EPA (160302), prices the package (CONTRACT when the EPS number's link is
 * approved, else COMMERCIAL), then records the label and charges the EPA ledger. A repeated
 * idempotency key answers the first label and charges nothing.
 *
 * @example
 * const { label, repeated } = await createLabel(ctx, { caller, payment, request, idempotencyKey })
 */
export async function createLabel(
  ctx: DomainContext,
  input: CreateLabelInput,
): Promise<{ label: Label; repeated: boolean }> {
  const { caller, payment, request } = input
  if (!caller.accountId || caller.accountId !== payment.accountId) {
    throw UspsApiError.ofCode(USPS_ERROR.PC_POSTAGE_NOT_CONFIGURED, 'OAuthToken')
  }
  if (caller.clientId !== payment.clientId) {
    throw UspsApiError.ofCode(USPS_ERROR.PC_POSTAGE_NOT_CONFIGURED, 'OAuthToken')
  }
  const payer = payment.roles.find((r) => r.roleName === 'PAYER')
  const epsNumber = payer?.accountType === 'EPS' ? payer.accountNumber : undefined
  if (!epsNumber) {
    throw UspsApiError.ofCode(
      USPS_ERROR.PAYER_ROLE_REQUIRED,
      'Header: X-Payment-Authorization-Token',
    )
  }
  const idempotencyId = input.idempotencyKey && `${payment.accountId}|${input.idempotencyKey}`
  if (idempotencyId) {
    const first = await firstLabel(ctx, idempotencyId)
    if (first) return { label: first, repeated: true }
  }
  await requireActiveEpa(ctx, payment.accountId, epsNumber)
  const pkg = request.packageDescription
  const contract = await contractFor(ctx, epsNumber)
  const priced = await pricePackage(ctx, caller, {
    originZIPCode: request.fromAddress.ZIPCode,
    destinationZIPCode: request.toAddress.ZIPCode,
    weight: pkg.weight,
    length: pkg.length,
    width: pkg.width,
    height: pkg.height,
    mailClass: pkg.mailClass,
    priceType: contract ? 'CONTRACT' : 'COMMERCIAL',
    accountType: 'EPS',
    accountNumber: epsNumber,
  })
  const now = ctx.clock.now()
  const mailingDate = pkg.mailingDate ?? now.toISOString().slice(0, 10)
  const trackingNumber = await claimTrackingNumber(ctx, payment.accountId)
  const label: Label = {
    trackingNumber,
    status: 'created',
    accountId: payment.accountId,
    clientId: caller.clientId,
    epsNumber,
    priceType: contract ? 'CONTRACT' : 'COMMERCIAL',
    postage: priced.rate.price,
    mailClass: priced.rate.mailClass,
    zone: priced.rate.zone,
    SKU: priced.rate.SKU,
    weight: pkg.weight,
    dimensionalWeight: priced.rate.dimWeight,
    commitment: {
      name: priced.commitment,
      scheduleDeliveryDate: deliveryDate(mailingDate, priced.commitment),
    },
    mailingDate,
    fromAddress: request.fromAddress,
    toAddress: request.toAddress,
    createdAt: now.toISOString(),
  }
  // The key is claimed before anything is charged: of two racing repeats, one charges.
  if (
    idempotencyId &&
    !(await ctx.store.insert(LABEL_IDEMPOTENCY, idempotencyId, { trackingNumber }))
  ) {
    const first = await firstLabel(ctx, idempotencyId)
    if (first) return { label: first, repeated: true }
    throw new ConflictError(
      `A label with X-Idempotency-Key ${input.idempotencyKey} is still being made; repeat the request in a moment.`,
    )
  }
  await ctx.store.put(LABELS, trackingNumber, label)
  await recordLedgerEntry(ctx, {
    accountId: label.accountId,
    epsNumber,
    kind: 'charge',
    amount: label.postage,
    trackingNumber,
    description: `${PRICE_TABLE[label.mailClass].description}, zone ${label.zone} (${label.priceType})`,
  })
  return { label, repeated: false }
}

async function firstLabel(ctx: Pick<DomainContext, 'store'>, idempotencyId: string) {
  const claim = await ctx.store.get<{ trackingNumber: string }>(LABEL_IDEMPOTENCY, idempotencyId)
  return claim && ctx.store.get<Label>(LABELS, claim.trackingNumber)
}

/** The PAYER's EPS number must be the account's, with an active payment method. */
async function requireActiveEpa(ctx: DomainContext, accountId: string, epsNumber: string) {
  const owner = await ownerOfNumber(ctx.store, EPS_NUMBERS, epsNumber)
  const epa = await getPaymentAccount(ctx, accountId)
  if (owner !== accountId || epa.status !== 'active') {
    throw UspsApiError.ofCode(
      USPS_ERROR.NOT_ENROLLED_SHIP_OUTBOUND,
      'Header: X-Payment-Authorization-Token',
    )
  }
}

/** The last day of the commitment ("1-3 Days" -> mailing date + 3). */
function deliveryDate(mailingDate: string, commitment: string): string {
  const days = Number(/(\d+) Days?$/.exec(commitment)?.[1] ?? 3)
  return new Date(Date.parse(`${mailingDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}
