import {
  PeerUnavailableError,
  signServiceToken,
  TENANT_HEADER,
  urlOf,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import type { ShippingContext } from '../domain/shipping-context'
import { CarrierRefusedError } from '../errors'

/** JOSE `typ` of our back-channel tokens to Stamps.com, one per call. */
export const PARTNER_TOKEN_TYPE = 'partner+jwt'
const PARTNER_TTL_SECONDS = 60

export interface StampsPackage {
  fromPostalCode: string
  toPostalCode: string
  weightOz: number
  lengthIn?: number
  widthIn?: number
  heightIn?: number
}

export interface StampsAddress {
  name: string
  company?: string
  addressLine1: string
  addressLine2?: string
  city: string
  state: string
  postalCode: string
}

const StampsRates = z.object({
  nsaActive: z.boolean(),
  rates: z.array(
    z.object({
      mailClass: z.string(),
      serviceCode: z.string(),
      serviceName: z.string(),
      zone: z.number().nullable(),
      retailAmount: z.number().nonnegative(),
      nsaAmount: z.number().nonnegative().nullable(),
      deliveryDays: z.number().int().positive(),
    }),
  ),
})
export type StampsRates = z.infer<typeof StampsRates>

const StampsLabel = z.object({
  trackingNumber: z.string().min(1),
  postage: z.number().nonnegative(),
  labelPdfBase64: z.string().min(1),
  charged: z.literal('usps_epa'),
})
export type StampsLabel = z.infer<typeof StampsLabel>

const StampsRefund = z.object({ refunded: z.number().nonnegative() })
const Problem = z.object({ detail: z.string().optional(), code: z.string().optional() })

async function callStamps<T>(
  ctx: ShippingContext,
  accountId: string,
  call: { method: 'POST' | 'DELETE'; path: string; body?: unknown; schema: z.ZodType<T> },
): Promise<T> {
  const stamps = ctx.peers.stamps
  const token = await signServiceToken(await ctx.keys(), {
    type: PARTNER_TOKEN_TYPE,
    issuer: ctx.peers.shipstation.baseUrl,
    audience: stamps.baseUrl,
    subject: accountId,
    tenant: ctx.store.tenant,
    ttlSeconds: PARTNER_TTL_SECONDS,
    clock: ctx.clock,
  })
  let res: Response
  try {
    res = await stamps.fetch(urlOf(stamps.baseUrl, call.path), {
      method: call.method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        [TENANT_HEADER]: ctx.store.tenant,
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    })
  } catch (cause) {
    throw new PeerUnavailableError(
      'Stamps.com could not be reached for USPS rates and labels. Try again in a moment.',
      { cause },
    )
  }
  const body: unknown = await res.json().catch(() => undefined)
  if (res.ok) {
    const parsed = call.schema.safeParse(body)
    if (parsed.success) return parsed.data
    throw new PeerUnavailableError('Stamps.com answered with an unexpected body.')
  }
  const problem = Problem.safeParse(body)
  if (res.status >= 500 || !problem.success) {
    throw new PeerUnavailableError(`Stamps.com answered HTTP ${res.status}. Try again in a moment.`)
  }
  throw new CarrierRefusedError(
    problem.data.code ?? String(res.status),
    problem.data.detail ?? `Stamps.com refused the request (HTTP ${res.status}).`,
    res.status === 409 ? 409 : 422,
  )
}

/**
 * `POST /partner/v1/rates` on Stamps.com: USPS prices for the package, retail and (once USPS
 * approved the link) NSA. Asked each time; nothing here keeps a price.
 *
 * @example
 * const { nsaActive, rates } = await requestStampsRates(ctx, account.id, pkg)
 */
export function requestStampsRates(
  ctx: ShippingContext,
  accountId: string,
  pkg: StampsPackage,
): Promise<StampsRates> {
  return callStamps(ctx, accountId, {
    method: 'POST',
    path: '/partner/v1/rates',
    body: pkg,
    schema: StampsRates,
  })
}

/**
 * `POST /partner/v1/labels`: an NSA label, charged by USPS to the customer's EPA.
 *
 * @example
 * const label = await buyStampsNsaLabel(ctx, account.id, { idempotencyKey, mailClass, ... })
 */
export function buyStampsNsaLabel(
  ctx: ShippingContext,
  accountId: string,
  request: Omit<StampsPackage, 'fromPostalCode' | 'toPostalCode'> & {
    idempotencyKey: string
    mailClass: string
    shipFrom: StampsAddress
    shipTo: StampsAddress
  },
): Promise<StampsLabel> {
  return callStamps(ctx, accountId, {
    method: 'POST',
    path: '/partner/v1/labels',
    body: request,
    schema: StampsLabel,
  })
}

/**
 * `DELETE /partner/v1/labels/{trackingNumber}`: USPS refunds the postage to the EPA.
 *
 * @example
 * const { refunded } = await voidStampsNsaLabel(ctx, account.id, label.trackingNumber)
 */
export function voidStampsNsaLabel(
  ctx: ShippingContext,
  accountId: string,
  trackingNumber: string,
): Promise<{ refunded: number }> {
  return callStamps(ctx, accountId, {
    method: 'DELETE',
    path: `/partner/v1/labels/${encodeURIComponent(trackingNumber)}`,
    schema: StampsRefund,
  })
}
