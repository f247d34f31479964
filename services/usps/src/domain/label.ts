import { randomDigits, USPS_ERROR } from '@partner-sandbox/shared'
import { UspsApiError } from '../errors'
import { claimUniqueNumber } from '../lib/unique-number'
import type { DomainContext } from './context'
import type { MailClass } from './nsa-contract'

export const LABELS = 'labels'
export const TRACKING_NUMBERS = 'tracking_numbers'

/**
 * A label USPS made and charged to an EPA.
 *
 *   created --cancel--> cancelled
 */
export type LabelStatus = 'created' | 'cancelled'
export type LabelEvent = 'cancel'

const TRANSITIONS: Record<LabelStatus, Partial<Record<LabelEvent, LabelStatus>>> = {
  created: { cancel: 'cancelled' },
  cancelled: {},
}

export function nextLabelStatus(
  status: LabelStatus,
  event: LabelEvent,
  trackingNumber: string,
): LabelStatus {
  const next = TRANSITIONS[status][event]
  if (!next)
    throw UspsApiError.ofCode(USPS_ERROR.LABEL_ALREADY_CANCELED, 'trackingNumber', trackingNumber)
  return next
}

export interface LabelAddress {
  firstName?: string
  lastName?: string
  firm?: string
  streetAddress: string
  secondaryAddress?: string
  city: string
  state: string
  ZIPCode: string
  ZIPPlus4?: string
}

export interface Label {
  trackingNumber: string
  status: LabelStatus
  accountId: string
  clientId: string
  epsNumber: string
  priceType: 'CONTRACT' | 'COMMERCIAL'
  postage: number
  mailClass: MailClass
  zone: string
  SKU: string
  weight: number
  dimensionalWeight: number
  commitment: { name: string; scheduleDeliveryDate: string }
  mailingDate: string
  fromAddress: LabelAddress
  toAddress: LabelAddress
  createdAt: string
  cancelledAt?: string
}

/** 22 digits, USPS's Priority/Ground style `9205` prefix, unique in the tenant. */
export function claimTrackingNumber(
  ctx: Pick<DomainContext, 'store' | 'random'>,
  owner: string,
): Promise<string> {
  return claimUniqueNumber(
    ctx.store,
    TRACKING_NUMBERS,
    () => `9205${randomDigits(ctx.random, 18, true)}`,
    owner,
  )
}

/** The label with that tracking number; 160378 when USPS made none. */
export async function findLabel(
  ctx: Pick<DomainContext, 'store'>,
  trackingNumber: string,
): Promise<Label> {
  const label = await ctx.store.get<Label>(LABELS, trackingNumber)
  if (!label) throw UspsApiError.ofCode(USPS_ERROR.TRACKING_NUMBER_NOT_FOUND, 'trackingNumber')
  return label
}
