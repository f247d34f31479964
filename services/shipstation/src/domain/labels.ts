import { randomDigits } from '@partner-sandbox/shared'
import { buyStampsNsaLabel, voidStampsNsaLabel } from '../clients/stamps-partner'
import { ShipmentHasLabelError, UnknownLabelError } from '../errors'
import { sampleLabelPdf } from '../lib/sample-label-pdf'
import { applyAutoFunding } from './auto-funding'
import { creditBalance, debitBalance, formatCents, toCents } from './balance-ledger'
import type { DomainContext } from './context'
import { type LabelStatus, voidedStatus } from './label-status'
import { newSeId } from './se-id'
import { stampsAddressOf } from './ship-address'
import { amountOf, findRate, getShipment, saveShipment } from './shipments'
import type { ShippingContext } from './shipping-context'
import { emitWebhookEvent } from './webhook-events'

const LABELS = 'labels'
const LABEL_KEYS = 'label_idempotency_keys'

/** Where the postage was charged: retail to the ShipStation Balance, NSA to the USPS EPA. */
export type LabelCharge = 'shipstation_balance' | 'usps_epa'

export interface Label {
  id: string
  accountId: string
  shipmentId: string
  rateId: string
  status: LabelStatus
  trackingNumber: string
  mailClass: string
  serviceCode: string
  serviceName: string
  weightOz: number
  negotiated: boolean
  charged: LabelCharge
  /** Cents charged. */
  amount: number
  /** Cents the retail price was, shown beside an NSA price. */
  retailAmount: number
  pdfBase64: string
  createdAt: string
  voidedAt?: string
  refundedAmount?: number
}

export interface BuyLabelInput {
  rateId: string
  /** A repeat with the same key answers the first label and charges nothing more. */
  idempotencyKey: string
}

/**
 * Buys the label of a rate. NSA rates go to Stamps.com, which has USPS charge the contract price
 * to the customer's EPA; retail rates are paid from the ShipStation Balance (402 "Insufficient
 * funds. Add funds to continue." when it cannot pay, and nothing is written), and auto-fund then
 * tops the Balance up if the debit took it below the threshold.
 *
 * @example
 * const label = await buyLabel(ctx, account.id, { rateId, idempotencyKey: 'order-1001' })
 */
export async function buyLabel(
  ctx: ShippingContext,
  accountId: string,
  input: BuyLabelInput,
): Promise<Label> {
  const keyId = `${accountId}#${input.idempotencyKey}`
  const earlier = await ctx.store.get<{ labelId: string }>(LABEL_KEYS, keyId)
  if (earlier) return getLabel(ctx, accountId, earlier.labelId)
  const { shipment, rate } = await findRate(ctx, accountId, input.rateId)
  // Another key for a rate of a shipment already labelled would be a second charge for it.
  if (shipment.labelId) throw new ShipmentHasLabelError(shipment.id, shipment.labelId)
  const id = newSeId(ctx.random)
  const common = {
    id,
    accountId,
    shipmentId: shipment.id,
    rateId: rate.id,
    status: 'completed' as const,
    mailClass: rate.mailClass,
    serviceCode: rate.serviceCode,
    serviceName: rate.serviceName,
    weightOz: shipment.package.weightOz,
    retailAmount: rate.retailAmount,
    createdAt: ctx.clock.now().toISOString(),
  }
  let label: Label
  if (rate.nsaAmount !== null) {
    const bought = await buyStampsNsaLabel(ctx, accountId, {
      idempotencyKey: input.idempotencyKey,
      mailClass: rate.mailClass,
      shipFrom: stampsAddressOf(shipment.shipFrom),
      shipTo: stampsAddressOf(shipment.shipTo),
      ...shipment.package,
    })
    label = {
      ...common,
      trackingNumber: bought.trackingNumber,
      negotiated: true,
      charged: 'usps_epa',
      amount: toCents(bought.postage),
      pdfBase64: bought.labelPdfBase64,
    }
  } else {
    const amount = amountOf(rate)
    await debitBalance(ctx, {
      accountId,
      amount,
      reason: 'label_purchase',
      reference: id,
      idempotencyKey: `label:${keyId}`,
    })
    // Stamps.com postage ShipStation prints itself: USPS tracking numbers start 9400.
    const trackingNumber = `9400${randomDigits(ctx.random, 18)}`
    label = {
      ...common,
      trackingNumber,
      negotiated: false,
      charged: 'shipstation_balance',
      amount,
      pdfBase64: sampleLabelPdf([
        rate.serviceName,
        `TRACKING # ${trackingNumber}`,
        `FROM ${shipment.shipFrom.name}, ${shipment.shipFrom.postal_code}`,
        `TO ${shipment.shipTo.name}, ${shipment.shipTo.city_locality} ${shipment.shipTo.state_province} ${shipment.shipTo.postal_code}`,
        `POSTAGE ${formatCents(amount)} (ShipStation Balance)`,
      ]).toString('base64'),
    }
  }
  await ctx.store.put(LABELS, label.id, label)
  await ctx.store.put(LABEL_KEYS, keyId, { labelId: label.id })
  await saveShipment(ctx, { ...shipment, status: 'label_purchased', labelId: label.id })
  // After the label is stored, so a repeat of the key answers it whatever auto-fund does; the
  // top-up's own key is this debit, so it runs once per purchase.
  if (label.charged === 'shipstation_balance') await applyAutoFunding(ctx, accountId)
  await emitWebhookEvent(ctx, accountId, 'label_created', label)
  return label
}

/**
 * Voids a label and refunds it where it was charged: the Balance, or (through Stamps.com and
 * USPS) the EPA. A voided label cannot be voided again (409).
 *
 * @example
 * const voided = await voidLabel(ctx, account.id, label.id)
 */
export async function voidLabel(
  ctx: ShippingContext,
  accountId: string,
  labelId: string,
): Promise<Label> {
  const label = await getLabel(ctx, accountId, labelId)
  const status = voidedStatus(label.status, label.id)
  let refundedAmount = label.amount
  if (label.charged === 'usps_epa') {
    const { refunded } = await voidStampsNsaLabel(ctx, accountId, label.trackingNumber)
    refundedAmount = toCents(refunded)
  } else {
    await creditBalance(ctx, {
      accountId,
      amount: label.amount,
      reason: 'label_refund',
      reference: label.id,
      idempotencyKey: `void:${label.id}`,
    })
  }
  const voided: Label = {
    ...label,
    status,
    voidedAt: ctx.clock.now().toISOString(),
    refundedAmount,
  }
  await ctx.store.put(LABELS, voided.id, voided)
  const shipment = await getShipment(ctx, accountId, label.shipmentId)
  await saveShipment(ctx, { ...shipment, status: 'cancelled' })
  await emitWebhookEvent(ctx, accountId, 'label_voided', voided)
  return voided
}

/** The account's label, or UnknownLabelError (404); another account's is unknown too. */
export async function getLabel(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  labelId: string,
): Promise<Label> {
  const label = await ctx.store.get<Label>(LABELS, labelId)
  if (!label || label.accountId !== accountId) throw new UnknownLabelError(labelId)
  return label
}
