import { PeerUnavailableError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'
import { callUspsApi } from './usps-api'

/** What Stamps.com asks USPS's base-rates search, in USPS's own field names and units. */
export interface UspsPriceSearch {
  originZIPCode: string
  destinationZIPCode: string
  /** Pounds. */
  weight: number
  length: number
  width: number
  height: number
  mailClass: string
  priceType: 'RETAIL' | 'COMMERCIAL' | 'CONTRACT'
  accountType?: 'EPS'
  accountNumber?: string
  mailingDate: string
}

const BaseRates = z.object({
  totalBasePrice: z.number().nonnegative(),
  rates: z.array(z.object({ zone: z.string().optional(), mailClass: z.string().optional() })),
})

export interface UspsPrice {
  price: number
  zone: string | undefined
}

/**
 * `POST /prices/v3/base-rates/search`: one mail class, one price type. Each rate request asks USPS
 * again: Stamps.com never keeps a copy of a price.
 *
 * @example
 * const { price } = await searchUspsBaseRate(ctx, token, { ...search, priceType: 'RETAIL' })
 */
export async function searchUspsBaseRate(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  accessToken: string,
  search: UspsPriceSearch,
): Promise<UspsPrice> {
  const body = await callUspsApi(ctx, {
    method: 'POST',
    path: '/prices/v3/base-rates/search',
    accessToken,
    body: {
      ...search,
      processingCategory: 'MACHINABLE',
      rateIndicator: 'SP',
      destinationEntryFacilityType: 'NONE',
    },
    purpose: 'get prices',
  })
  const parsed = BaseRates.safeParse(body)
  if (!parsed.success) {
    throw new PeerUnavailableError('USPS answered the price search with an unexpected body.')
  }
  return { price: parsed.data.totalBasePrice, zone: parsed.data.rates[0]?.zone }
}
