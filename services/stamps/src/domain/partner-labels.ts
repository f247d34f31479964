import * as z from 'zod'
import {
  cancelUspsLabel,
  createUspsLabel,
  type UspsLabelAddress,
} from '../clients/usps-labels-client'
import { authorizeUspsPayment } from '../clients/usps-payments-client'
import { NsaNotActiveError, UnknownLabelError } from '../errors'
import type { DomainContext } from './context'
import { getCopAccount } from './cop-account'
import { nsaAccountOf } from './partner-rates'
import { mailingDateOf, PartnerPackage, uspsPackageOf } from './partner-shipment'
import { currentUspsAccessToken } from './usps-access-token'
import { USPS_SERVICES } from './usps-services'

const NSA_LABELS = 'nsa_labels'
const NSA_LABEL_KEYS = 'nsa_label_keys'

const text = (label: string, max = 100) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max)

export const PartnerAddress = z.object({
  name: text('name'),
  company: z.string().trim().max(100).optional(),
  addressLine1: text('addressLine1'),
  addressLine2: z.string().trim().max(100).optional(),
  city: text('city'),
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'state must be a two-letter state code'),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'postalCode must be a US ZIP code'),
})
export type PartnerAddress = z.infer<typeof PartnerAddress>

const mailClasses = USPS_SERVICES.map((s) => s.mailClass) as [string, ...string[]]

/** `POST /partner/v1/labels`: an NSA label, charged to the customer's EPA through USPS. */
export const PartnerLabelInput = PartnerPackage.omit({
  fromPostalCode: true,
  toPostalCode: true,
}).extend({
  idempotencyKey: text('idempotencyKey', 200),
  mailClass: z.enum(mailClasses, { error: `mailClass must be one of ${mailClasses.join(', ')}` }),
  shipFrom: PartnerAddress,
  shipTo: PartnerAddress,
})
export type PartnerLabelInput = z.infer<typeof PartnerLabelInput>

export interface PartnerLabel {
  trackingNumber: string
  postage: number
  labelPdfBase64: string
  charged: 'usps_epa'
}

interface NsaLabelRecord {
  trackingNumber: string
  shipstationAccountId: string
  postage: number
  createdAt: string
  refundedAt?: string
}

function uspsAddressOf(address: PartnerAddress): UspsLabelAddress {
  const [firstName = address.name, ...rest] = address.name.split(/\s+/)
  return {
    firstName,
    lastName: rest.join(' ') || firstName,
    ...(address.company ? { firm: address.company } : {}),
    streetAddress: address.addressLine1,
    ...(address.addressLine2 ? { secondaryAddress: address.addressLine2 } : {}),
    city: address.city,
    state: address.state.toUpperCase(),
    ZIPCode: address.postalCode.slice(0, 5),
  }
}

/**
 * Buys an NSA label: payment authorization for the customer's EPS (PAYER + LABEL_OWNER), then
 * USPS's labels API, which charges the contract postage to the EPA. The same idempotency key
 * answers the first label again and charges nothing more.
 *
 * @example
 * const label = await buyNsaLabel(ctx, 'SS123456789', input)
 */
export async function buyNsaLabel(
  ctx: DomainContext,
  shipstationAccountId: string,
  input: PartnerLabelInput,
): Promise<PartnerLabel> {
  const keyId = `${shipstationAccountId}#${input.idempotencyKey}`
  const earlier = await ctx.store.get<PartnerLabel>(NSA_LABEL_KEYS, keyId)
  if (earlier) return earlier
  const nsa = nsaAccountOf(await getCopAccount(ctx, shipstationAccountId))
  if (!nsa?.identifiers) throw new NsaNotActiveError(shipstationAccountId)
  const accessToken = await currentUspsAccessToken(ctx, nsa)
  const { paymentAuthorizationToken } = await authorizeUspsPayment(
    ctx,
    accessToken,
    nsa.identifiers,
  )
  const label = await createUspsLabel(
    ctx,
    accessToken,
    paymentAuthorizationToken,
    {
      fromAddress: uspsAddressOf(input.shipFrom),
      toAddress: uspsAddressOf(input.shipTo),
      mailClass: input.mailClass,
      ...uspsPackageOf({ ...input, fromPostalCode: '', toPostalCode: '' }),
      mailingDate: mailingDateOf(ctx.clock.now()),
    },
    keyId,
  )
  const answer: PartnerLabel = {
    trackingNumber: label.labelMetadata.trackingNumber,
    postage: label.labelMetadata.postage,
    labelPdfBase64: label.labelImage,
    charged: 'usps_epa',
  }
  await ctx.store.put<NsaLabelRecord>(NSA_LABELS, answer.trackingNumber, {
    trackingNumber: answer.trackingNumber,
    shipstationAccountId,
    postage: answer.postage,
    createdAt: ctx.clock.now().toISOString(),
  })
  await ctx.store.insert(NSA_LABEL_KEYS, keyId, answer)
  return answer
}

/**
 * Voids an NSA label this account bought: USPS cancels it and refunds the postage to the EPA.
 * Voiding again answers the same refund (ShipStation may retry after a lost answer).
 *
 * @example
 * const { refunded } = await voidNsaLabel(ctx, 'SS123456789', '9205...')
 */
export async function voidNsaLabel(
  ctx: DomainContext,
  shipstationAccountId: string,
  trackingNumber: string,
): Promise<{ refunded: number }> {
  const record = await ctx.store.get<NsaLabelRecord>(NSA_LABELS, trackingNumber)
  if (!record || record.shipstationAccountId !== shipstationAccountId) {
    throw new UnknownLabelError(trackingNumber)
  }
  if (record.refundedAt) return { refunded: record.postage }
  const account = await getCopAccount(ctx, shipstationAccountId)
  if (!account) throw new UnknownLabelError(trackingNumber)
  const accessToken = await currentUspsAccessToken(ctx, account)
  await cancelUspsLabel(ctx, accessToken, trackingNumber)
  await ctx.store.update<NsaLabelRecord>(NSA_LABELS, trackingNumber, (current) =>
    current ? { ...current, refundedAt: ctx.clock.now().toISOString() } : undefined,
  )
  return { refunded: record.postage }
}
