// The price table of the in-repo fake USPS (tests only): a few dollars per mail class plus a step
// per zone and pound, so retail, commercial and contract prices differ the way real ones do.

export type UspsPriceType = 'RETAIL' | 'COMMERCIAL' | 'CONTRACT'

const BASE: Record<string, number> = {
  PRIORITY_MAIL_EXPRESS: 28.75,
  PRIORITY_MAIL: 9.25,
  USPS_GROUND_ADVANTAGE: 5.4,
}
const FACTOR: Record<UspsPriceType, number> = { RETAIL: 1, COMMERCIAL: 0.88, CONTRACT: 0.7 }

/** Zone 1-9 from the first three digits of each ZIP code; undefined for a malformed ZIP. */
export function fakeUspsZone(origin: string, destination: string): number | undefined {
  if (!/^\d{5}$/.test(origin) || !/^\d{5}$/.test(destination)) return undefined
  const distance = Math.abs(Number(origin.slice(0, 3)) - Number(destination.slice(0, 3)))
  return Math.min(9, 1 + Math.floor(distance / 100))
}

/** The price in dollars, rounded to the cent; undefined for an unknown mail class or zone. */
export function fakeUspsPrice(
  mailClass: string,
  priceType: UspsPriceType,
  zone: number | undefined,
  weightLb: number,
): number | undefined {
  const base = BASE[mailClass]
  const factor = FACTOR[priceType]
  if (base === undefined || factor === undefined || zone === undefined) return undefined
  const retail = base + zone * 0.55 + Math.ceil(weightLb) * 0.9
  return Math.round(retail * factor * 100) / 100
}
