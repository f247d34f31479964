import { PeerUnavailableError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'
import { callUspsApi } from './usps-api'

/** An address as USPS's labels API spells it. */
export interface UspsLabelAddress {
  firstName: string
  lastName: string
  firm?: string
  streetAddress: string
  secondaryAddress?: string
  city: string
  state: string
  ZIPCode: string
}

export interface UspsLabelRequest {
  fromAddress: UspsLabelAddress
  toAddress: UspsLabelAddress
  mailClass: string
  /** Pounds. */
  weight: number
  length: number
  width: number
  height: number
  mailingDate: string
}

const LabelAnswer = z.object({
  labelMetadata: z.object({
    trackingNumber: z.string().min(1),
    postage: z.number().nonnegative(),
    zone: z.string().optional(),
  }),
  labelImage: z.string().min(1),
})
export type UspsLabel = z.infer<typeof LabelAnswer>

/**
 * `POST /labels/v3/label` with the payment authorization token (its PAYER's EPA is charged) and
 * our idempotency key, so a retried purchase never charges twice. JSON answer with base64 image.
 *
 * @example
 * const label = await createUspsLabel(ctx, accessToken, paymentToken, request, idempotencyKey)
 */
export async function createUspsLabel(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  accessToken: string,
  paymentAuthorizationToken: string,
  request: UspsLabelRequest,
  idempotencyKey: string,
): Promise<UspsLabel> {
  const { fromAddress, toAddress, ...pkg } = request
  const body = await callUspsApi(ctx, {
    method: 'POST',
    path: '/labels/v3/label',
    accessToken,
    headers: {
      accept: 'application/vnd.usps.labels+json',
      'x-payment-authorization-token': paymentAuthorizationToken,
      'x-idempotency-key': idempotencyKey,
    },
    body: {
      imageInfo: { imageType: 'PDF', labelType: '4X6LABEL', receiptOption: 'NONE' },
      toAddress,
      fromAddress,
      packageDescription: {
        ...pkg,
        weightUOM: 'lb',
        dimensionsUOM: 'in',
        rateIndicator: 'SP',
        processingCategory: 'MACHINABLE',
        destinationEntryFacilityType: 'NONE',
      },
    },
    purpose: 'buy the label',
  })
  const parsed = LabelAnswer.safeParse(body)
  if (!parsed.success) {
    throw new PeerUnavailableError('USPS answered the label request with an unexpected body.')
  }
  return parsed.data
}

/**
 * `DELETE /labels/v3/label/{trackingNumber}`: USPS refunds the postage to the EPA it charged.
 *
 * @example
 * await cancelUspsLabel(ctx, accessToken, '9205...')
 */
export async function cancelUspsLabel(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  accessToken: string,
  trackingNumber: string,
): Promise<void> {
  await callUspsApi(ctx, {
    method: 'DELETE',
    path: `/labels/v3/label/${encodeURIComponent(trackingNumber)}`,
    accessToken,
    purpose: 'void the label',
  })
}
