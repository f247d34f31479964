import { PeerUnavailableError } from '@partner-sandbox/shared'
import * as z from 'zod'
import type { DomainContext } from '../domain/context'
import { callUspsApi } from './usps-api'

/** What Stamps.com asks USPS's total-rates search, in USPS's own field names and units. */
export interface UspsPriceSearch {
  originZIPCode: string
  destinationZIPCode: string
  /** Pounds. */
  weight: number
  length: number
  width: number
  height: number
  /** Every mail class to price: USPS answers one rate option per class, in this order. */
  mailClasses: readonly string[]
  priceType: 'RETAIL' | 'COMMERCIAL' | 'CONTRACT'
  accountType?: 'EPS'
  accountNumber?: string
  mailingDate: string
}

const TotalRates = z.object({
  rateOptions: z.array(
    z.object({
      totalBasePrice: z.number().nonnegative(),
      rates: z.array(z.object({ zone: z.string().optional(), mailClass: z.string().optional() })),
    }),
  ),
})

export interface UspsPrice {
  price: number
  zone: string | undefined
}

/**
 * `POST /prices/v3/total-rates/search` with `mailClasses`: every mail class of one price type in
 * one call, a price per class in the order asked. Each rate request asks USPS again: Stamps.com
 * never keeps a copy of a price.
 *
 * @example
 * const [express, priority] = await searchUspsRates(ctx, token, { ...search, priceType: 'RETAIL' })
 */
export async function searchUspsRates(
  ctx: Pick<DomainContext, 'peers' | 'store'>,
  accessToken: string,
  search: UspsPriceSearch,
): Promise<UspsPrice[]> {
  const body = await callUspsApi(ctx, {
    method: 'POST',
    path: '/prices/v3/total-rates/search',
    accessToken,
    body: {
      ...search,
      processingCategory: 'MACHINABLE',
      rateIndicator: 'SP',
      destinationEntryFacilityType: 'NONE',
    },
    purpose: 'get prices',
  })
  const parsed = TotalRates.safeParse(body)
  if (!parsed.success || parsed.data.rateOptions.length !== search.mailClasses.length) {
    throw new PeerUnavailableError('USPS answered the price search with an unexpected body.')
  }
  return parsed.data.rateOptions.map((option) => ({
    price: option.totalBasePrice,
    zone: option.rates[0]?.zone,
  }))
}
