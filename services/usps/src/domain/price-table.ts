// The sandbox's USPS price table: zones from ZIP prefixes, whole-pound weight, four mail classes.
// docs/usps-prices.md shows the same numbers as tables (a test keeps the two equal).

import type { MailClass } from './nsa-contract'

export const LIST_PRICE_TYPES = ['RETAIL', 'COMMERCIAL'] as const
export type ListPriceType = (typeof LIST_PRICE_TYPES)[number]

/** Heaviest package any class takes, in pounds. */
export const MAX_WEIGHT_LB = 70
/** Above one cubic foot USPS bills the dimensional weight when it is higher. */
export const DIM_WEIGHT_MIN_CUBIC_IN = 1728
export const DIM_DIVISOR = 166

export interface MailClassRules {
  description: string
  /** USPS's delivery commitment, as the labels API names it. */
  commitment: string
  /** Longest side plus girth, in inches. */
  maxLengthPlusGirthIn: number
  /** Price for the first pound, zones 1 to 9 (index 0 is zone 1). */
  firstPound: Record<ListPriceType, readonly number[] | null>
  /** Price of each further pound, zones 1 to 9. */
  additionalPound: Record<ListPriceType, readonly number[] | null>
  skuPrefix: string
}

/** Commercial below retail everywhere; Parcel Select is sold at commercial and contract only. */
export const PRICE_TABLE: Record<MailClass, MailClassRules> = {
  PRIORITY_MAIL_EXPRESS: {
    description: 'Priority Mail Express Nonmachinable Single-piece',
    commitment: '1-2 Days',
    maxLengthPlusGirthIn: 108,
    firstPound: {
      RETAIL: [31.4, 32.5, 34.75, 37.6, 41.8, 45.6, 49.55, 53.85, 53.85],
      COMMERCIAL: [26.5, 27.1, 28.9, 31.2, 34.6, 37.8, 41.1, 44.6, 44.6],
    },
    additionalPound: {
      RETAIL: [1.3, 1.5, 1.95, 2.5, 3.2, 3.95, 4.65, 5.4, 5.4],
      COMMERCIAL: [1.1, 1.25, 1.6, 2.1, 2.7, 3.3, 3.9, 4.5, 4.5],
    },
    skuPrefix: 'DEXX0XXXXC',
  },
  PRIORITY_MAIL: {
    description: 'Priority Mail Machinable Single-piece',
    commitment: '1-3 Days',
    maxLengthPlusGirthIn: 108,
    firstPound: {
      RETAIL: [9.25, 9.7, 10.25, 11.05, 12.1, 13.25, 14.5, 16.0, 16.0],
      COMMERCIAL: [7.6, 7.95, 8.4, 9.05, 9.9, 10.85, 11.9, 13.1, 13.1],
    },
    additionalPound: {
      RETAIL: [0.55, 0.67, 0.92, 1.28, 1.7, 2.2, 2.68, 3.17, 3.17],
      COMMERCIAL: [0.45, 0.55, 0.75, 1.05, 1.4, 1.8, 2.2, 2.6, 2.6],
    },
    skuPrefix: 'DPXX0XXXXC',
  },
  USPS_GROUND_ADVANTAGE: {
    description: 'USPS Ground Advantage Machinable Single-piece',
    commitment: '2-5 Days',
    maxLengthPlusGirthIn: 130,
    firstPound: {
      RETAIL: [6.4, 6.6, 6.85, 7.25, 7.75, 8.35, 9.0, 9.7, 9.7],
      COMMERCIAL: [5.35, 5.5, 5.7, 6.05, 6.45, 6.95, 7.5, 8.1, 8.1],
    },
    additionalPound: {
      RETAIL: [0.42, 0.5, 0.7, 0.96, 1.26, 1.62, 1.98, 2.34, 2.34],
      COMMERCIAL: [0.35, 0.42, 0.58, 0.8, 1.05, 1.35, 1.65, 1.95, 1.95],
    },
    skuPrefix: 'DUXP0XXXXC',
  },
  PARCEL_SELECT: {
    description: 'Parcel Select Ground Machinable Dimensional Rectangular',
    commitment: '2-8 Days',
    maxLengthPlusGirthIn: 130,
    firstPound: {
      RETAIL: null,
      COMMERCIAL: [5.1, 5.25, 5.45, 5.8, 6.2, 6.7, 7.25, 7.85, 7.85],
    },
    additionalPound: {
      RETAIL: null,
      COMMERCIAL: [0.33, 0.4, 0.55, 0.76, 1.0, 1.3, 1.6, 1.9, 1.9],
    },
    skuPrefix: 'DVXR0XXXXC',
  },
}

/** 3-digit ZIP prefixes of the territories and the Pacific: zone 9 from anywhere else. */
function isZoneNinePrefix(prefix: number): boolean {
  return (prefix >= 6 && prefix <= 9) || (prefix >= 967 && prefix <= 969)
}

/**
 * The zone between two ZIP codes, from the distance between their 3-digit prefixes (d): same
 * prefix zone 1, d up to 10 zone 2, then one zone more for each 150 (zone 8 at most); a territory
 * prefix (006-009, 967-969) to anywhere else is zone 9. Undefined when a prefix is unused (000-004).
 *
 * @example
 * zoneBetween('78701', '10001') // 7
 */
export function zoneBetween(originZip: string, destinationZip: string): number | undefined {
  const a = Number(originZip.slice(0, 3))
  const b = Number(destinationZip.slice(0, 3))
  if (!/^\d{5}/.test(originZip) || !/^\d{5}/.test(destinationZip) || a < 5 || b < 5) {
    return undefined
  }
  const d = Math.abs(a - b)
  if (d === 0) return 1
  if (isZoneNinePrefix(a) !== isZoneNinePrefix(b)) return 9
  if (d <= 10) return 2
  return Math.min(8, 3 + Math.floor((d - 11) / 150))
}

/** Pounds billed: at least one whole pound, the dimensional weight when it is higher. */
export function billedWeight(weightLb: number, dimWeightLb: number): number {
  return Math.max(1, Math.ceil(weightLb), dimWeightLb)
}

/** Dimensional weight of a box over one cubic foot (L x W x H / 166, rounded up), else 0. */
export function dimensionalWeight(lengthIn: number, widthIn: number, heightIn: number): number {
  const cubic = lengthIn * widthIn * heightIn
  return cubic > DIM_WEIGHT_MIN_CUBIC_IN ? Math.ceil(cubic / DIM_DIVISOR) : 0
}

/** Longest side plus twice the sum of the other two. */
export function lengthPlusGirth(lengthIn: number, widthIn: number, heightIn: number): number {
  const [longest = 0, a = 0, b = 0] = [lengthIn, widthIn, heightIn].sort((x, y) => y - x)
  return longest + 2 * (a + b)
}

export function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100
}

/**
 * The list price of a mail class for a zone and billed pounds, or undefined when the class is not
 * sold at that price type (Parcel Select at retail).
 *
 * @example
 * listPrice('PRIORITY_MAIL', 'COMMERCIAL', 7, 2) // 11.9 + 2.2 = 14.1
 */
export function listPrice(
  mailClass: MailClass,
  priceType: ListPriceType,
  zone: number,
  pounds: number,
): number | undefined {
  const rules = PRICE_TABLE[mailClass]
  const first = rules.firstPound[priceType]?.[zone - 1]
  const more = rules.additionalPound[priceType]?.[zone - 1]
  if (first === undefined || more === undefined) return undefined
  return roundCents(first + more * (pounds - 1))
}

/** The commercial price less an NSA contract's discount in percent (e.g. 12), to the cent. */
export function contractPrice(commercial: number, discountPercent: number): number {
  return roundCents((commercial * (100 - discountPercent)) / 100)
}

/** USPS-style SKU: class prefix, zone and billed pounds. */
export function skuOf(mailClass: MailClass, zone: number, pounds: number): string {
  return `${PRICE_TABLE[mailClass].skuPrefix}${String(zone).padStart(2, '0')}${String(pounds).padStart(3, '0')}`
}
