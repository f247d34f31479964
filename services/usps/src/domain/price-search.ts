import { USPS_ERROR } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UspsApiError } from '../errors'
import type { AccessTokenClaims } from './access-token'
import { isCallersEps } from './callers-eps'
import type { DomainContext } from './context'
import { contractFor, MAIL_CLASSES, type MailClass } from './nsa-contract'
import {
  billedWeight,
  contractPrice,
  dimensionalWeight,
  lengthPlusGirth,
  listPrice,
  MAX_WEIGHT_LB,
  PRICE_TABLE,
  skuOf,
  zoneBetween,
} from './price-table'

export const PRICE_TYPES = ['RETAIL', 'COMMERCIAL', 'CONTRACT'] as const
export type PriceType = (typeof PRICE_TYPES)[number]

/** Published start date of the sandbox's price table (USPS answers one per SKU). */
export const PRICE_TABLE_START_DATE = '2026-01-18'

const Inches = z.number().nonnegative()

/** The body of `base-rates/search` (and, with itemValue/extraServices, `total-rates/search`). */
export const PriceSearchInput = z.object({
  originZIPCode: z.string().describe('5-digit ZIP code (ZIP+4 accepted) the package leaves from'),
  destinationZIPCode: z.string().describe('5-digit ZIP code it goes to'),
  weight: z.number().describe('Pounds, more than 0 and at most 70'),
  length: Inches.describe('Inches'),
  width: Inches.describe('Inches'),
  height: Inches.describe('Inches'),
  mailClass: z.string().describe(MAIL_CLASSES.join(', ')),
  processingCategory: z.string().optional(),
  rateIndicator: z.string().optional(),
  destinationEntryFacilityType: z.string().optional(),
  priceType: z.enum(PRICE_TYPES),
  accountType: z.enum(['EPS']).optional(),
  accountNumber: z.string().optional().describe('EPS number; required for CONTRACT prices'),
  mailingDate: z.iso.date().optional(),
  itemValue: z.number().nonnegative().optional(),
  extraServices: z.array(z.number().int()).optional(),
})
export type PriceSearch = z.output<typeof PriceSearchInput>

/**
 * `total-rates/search` with `mailClasses` instead of `mailClass`: one search for several mail
 * classes (USPS answers `rateOptions` as a list), so a partner quoting every class asks once.
 */
const { mailClass: _single, ...commonSearchShape } = PriceSearchInput.shape
export const MultiClassSearchInput = z.object({
  ...commonSearchShape,
  mailClasses: z
    .array(z.string())
    .min(1)
    .max(MAIL_CLASSES.length)
    .describe(`Several of ${MAIL_CLASSES.join(', ')}: one rate option each, in this order`),
})
export type MultiClassSearch = z.output<typeof MultiClassSearchInput>

/** The body of `total-rates/search`: one mail class, or several. */
export const TotalRatesSearchInput = z.union([PriceSearchInput, MultiClassSearchInput])

/** Which schema a `total-rates/search` body is read with: `mailClasses` makes it a multi-class one. */
export function isMultiClassSearch(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'mailClasses' in body
}

export interface BaseRate {
  SKU: string
  description: string
  priceType: PriceType
  price: number
  weight: number
  dimWeight: number
  fees: never[]
  startDate: string
  endDate: string
  warnings: never[]
  mailClass: MailClass
  zone: string
}

/** What a priced package is, for the labels API as well. */
export interface PricedPackage {
  rate: BaseRate
  zone: number
  pounds: number
  commitment: string
}

/**
 * Prices one package: the zone from the two ZIPs (030001), weight (030004) and size (030008)
 * checks, then the RETAIL or COMMERCIAL price of the table, or CONTRACT (commercial less the NSA
 * discount) when the EPS number's link of the caller is approved (160212 otherwise).
 *
 * @example
 * const { rate } = await pricePackage(ctx, caller, { ...search, priceType: 'COMMERCIAL' })
 */
export async function pricePackage(
  ctx: Pick<DomainContext, 'store'>,
  caller: AccessTokenClaims,
  search: PriceSearch,
): Promise<PricedPackage> {
  const mailClass = MAIL_CLASSES.find((m) => m === search.mailClass)
  if (!mailClass) {
    throw UspsApiError.badRequest([
      {
        code: USPS_ERROR.NO_VALID_RATES,
        detail: `No valid rates for mailClass ${search.mailClass}: use one of ${MAIL_CLASSES.join(', ')}.`,
        parameter: 'mailClass',
      },
    ])
  }
  const zone = zoneBetween(search.originZIPCode, search.destinationZIPCode)
  if (zone === undefined) throw UspsApiError.ofCode(USPS_ERROR.ZONE_NOT_FOUND, 'destinationZIPCode')
  if (!(search.weight > 0 && search.weight <= MAX_WEIGHT_LB)) {
    throw UspsApiError.ofCode(USPS_ERROR.WEIGHT_NOT_QUALIFIED, 'weight')
  }
  const rules = PRICE_TABLE[mailClass]
  if (lengthPlusGirth(search.length, search.width, search.height) > rules.maxLengthPlusGirthIn) {
    throw UspsApiError.ofCode(USPS_ERROR.SIZE_EXCEEDS_MAXIMUM, 'length/width/height')
  }
  const dimWeight = dimensionalWeight(search.length, search.width, search.height)
  const pounds = billedWeight(search.weight, dimWeight)
  const price = await priceOf(ctx, caller, search, mailClass, zone, pounds)
  return {
    zone,
    pounds,
    commitment: rules.commitment,
    rate: {
      SKU: skuOf(mailClass, zone, pounds),
      description: rules.description,
      priceType: search.priceType,
      price,
      weight: search.weight,
      dimWeight,
      fees: [],
      startDate: PRICE_TABLE_START_DATE,
      endDate: '',
      warnings: [],
      mailClass,
      zone: String(zone).padStart(2, '0'),
    },
  }
}

/**
 * `pricePackage` for each mail class of a multi-class search, in its order; the first class USPS
 * refuses refuses the whole search, as one search per class would.
 *
 * @example
 * const priced = await pricePackages(ctx, caller, { ...search, mailClasses: ['PRIORITY_MAIL'] })
 */
export async function pricePackages(
  ctx: Pick<DomainContext, 'store'>,
  caller: AccessTokenClaims,
  search: PriceSearch | MultiClassSearch,
): Promise<PricedPackage[]> {
  if (!('mailClasses' in search)) return [await pricePackage(ctx, caller, search)]
  const { mailClasses, ...common } = search
  const priced: PricedPackage[] = []
  for (const mailClass of mailClasses) {
    priced.push(await pricePackage(ctx, caller, { ...common, mailClass }))
  }
  return priced
}

async function priceOf(
  ctx: Pick<DomainContext, 'store'>,
  caller: AccessTokenClaims,
  search: PriceSearch,
  mailClass: MailClass,
  zone: number,
  pounds: number,
): Promise<number> {
  const listType = search.priceType === 'RETAIL' ? 'RETAIL' : 'COMMERCIAL'
  const list = listPrice(mailClass, listType, zone, pounds)
  if (list === undefined) {
    throw UspsApiError.badRequest([
      {
        code: USPS_ERROR.NO_VALID_RATES,
        detail: `No valid rates for these parameters: ${mailClass} has no ${listType} price.`,
        parameter: 'priceType',
      },
    ])
  }
  if (search.priceType !== 'CONTRACT') return list
  if (search.accountType !== 'EPS' || !search.accountNumber) {
    throw UspsApiError.badRequest([
      {
        code: USPS_ERROR.REQUIRED_FIELD_MISSING,
        detail:
          'One or more required field(s) are missing from the request: CONTRACT prices need accountType EPS and the accountNumber (EPS number).',
        parameter: search.accountType === 'EPS' ? 'accountNumber' : 'accountType',
      },
    ])
  }
  const contract = (await isCallersEps(ctx, caller, search.accountNumber))
    ? await contractFor(ctx, search.accountNumber)
    : null
  if (!contract) throw UspsApiError.ofCode(USPS_ERROR.NO_APPROVED_CONTRACT, 'mailClass', mailClass)
  return contractPrice(list, contract.discounts[mailClass])
}
