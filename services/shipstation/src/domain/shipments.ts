import { putRecords } from '@partner-sandbox/shared'
import { requestStampsRates } from '../clients/stamps-partner'
import { UnknownRateError, UnknownShipmentError } from '../errors'
import { toCents } from './balance-ledger'
import type { DomainContext } from './context'
import { newSeId } from './se-id'
import type { ShipAddress } from './ship-address'
import type { ShipmentPackage } from './shipment-package'
import type { ShippingContext } from './shipping-context'

const SHIPMENTS = 'shipments'
const RATE_INDEX = 'shipment_rates'

/** One USPS service offered for a shipment; amounts in cents, as USPS priced them just now. */
export interface ShipmentRate {
  id: string
  mailClass: string
  serviceCode: string
  serviceName: string
  zone: number | null
  deliveryDays: number
  retailAmount: number
  /** The NSA (contract) price once USPS approved the link, else null. */
  nsaAmount: number | null
}

export type ShipmentStatus = 'pending' | 'label_purchased' | 'cancelled'

export interface Shipment {
  id: string
  accountId: string
  shipFrom: ShipAddress
  shipTo: ShipAddress
  package: ShipmentPackage
  nsaActive: boolean
  rates: ShipmentRate[]
  status: ShipmentStatus
  labelId?: string
  createdAt: string
  modifiedAt: string
}

export interface ShipmentInput {
  shipFrom: ShipAddress
  shipTo: ShipAddress
  package: ShipmentPackage
}

/** What the rate costs the customer: the NSA price when there is one, else retail. */
export function amountOf(rate: ShipmentRate): number {
  return rate.nsaAmount ?? rate.retailAmount
}

/**
 * Creates a shipment and prices it: Stamps.com asks USPS for every service (retail, and NSA once
 * approved). Each rate gets an `se-` id the label purchase names.
 *
 * @example
 * const shipment = await quoteShipment(ctx, account.id, { shipFrom, shipTo, package: { weightOz: 16 } })
 */
export async function quoteShipment(
  ctx: ShippingContext,
  accountId: string,
  input: ShipmentInput,
): Promise<Shipment> {
  const quote = await requestStampsRates(ctx, accountId, {
    fromPostalCode: input.shipFrom.postal_code,
    toPostalCode: input.shipTo.postal_code,
    ...input.package,
  })
  const now = ctx.clock.now().toISOString()
  const shipment: Shipment = {
    id: newSeId(ctx.random),
    accountId,
    shipFrom: input.shipFrom,
    shipTo: input.shipTo,
    package: input.package,
    nsaActive: quote.nsaActive,
    rates: quote.rates.map((rate) => ({
      id: newSeId(ctx.random),
      mailClass: rate.mailClass,
      serviceCode: rate.serviceCode,
      serviceName: rate.serviceName,
      zone: rate.zone,
      deliveryDays: rate.deliveryDays,
      retailAmount: toCents(rate.retailAmount),
      nsaAmount: rate.nsaAmount === null ? null : toCents(rate.nsaAmount),
    })),
    status: 'pending',
    createdAt: now,
    modifiedAt: now,
  }
  // The shipment and its rate index in one write (one SQLite commit rather than one per rate).
  await putRecords(ctx.store, [
    { collection: SHIPMENTS, id: shipment.id, value: shipment },
    ...shipment.rates.map((rate) => ({
      collection: RATE_INDEX,
      id: rate.id,
      value: { shipmentId: shipment.id },
    })),
  ])
  return shipment
}

/** The account's shipment, or UnknownShipmentError (404); another account's is unknown too. */
export async function getShipment(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  id: string,
): Promise<Shipment> {
  const shipment = await ctx.store.get<Shipment>(SHIPMENTS, id)
  if (!shipment || shipment.accountId !== accountId) throw new UnknownShipmentError(id)
  return shipment
}

/** The shipment a rate id belongs to, and the rate; UnknownRateError (404) otherwise. */
export async function findRate(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
  rateId: string,
): Promise<{ shipment: Shipment; rate: ShipmentRate }> {
  const entry = await ctx.store.get<{ shipmentId: string }>(RATE_INDEX, rateId)
  const shipment = entry ? await ctx.store.get<Shipment>(SHIPMENTS, entry.shipmentId) : undefined
  const rate = shipment?.rates.find((r) => r.id === rateId)
  if (!shipment || !rate || shipment.accountId !== accountId) throw new UnknownRateError(rateId)
  return { shipment, rate }
}

/** Records a change of the shipment (its label, its status). */
export async function saveShipment(
  ctx: Pick<DomainContext, 'store' | 'clock'>,
  shipment: Shipment,
): Promise<Shipment> {
  const saved = { ...shipment, modifiedAt: ctx.clock.now().toISOString() }
  await ctx.store.put(SHIPMENTS, saved.id, saved)
  return saved
}

/** The account's shipments, newest first. */
export async function listShipments(
  ctx: Pick<DomainContext, 'store'>,
  accountId: string,
): Promise<Shipment[]> {
  const all = await ctx.store.list<Shipment>(SHIPMENTS)
  return all.filter((s) => s.accountId === accountId).reverse()
}
