import * as z from 'zod'

const MAX_WEIGHT_OZ = 70 * 16
const Zip = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, `${label} must be a US ZIP code (5 digits, or ZIP+4)`)
    .transform((zip) => zip.slice(0, 5))
const Inches = (label: string) =>
  z
    .number({ error: `${label} must be a number of inches` })
    .positive(`${label} must be above 0`)
    .max(108, `${label} must be at most 108 inches`)
    .optional()

/** The package of a back-channel rate or label request, in ShipStation's units (oz, in). */
export const PartnerPackage = z.object({
  fromPostalCode: Zip('fromPostalCode'),
  toPostalCode: Zip('toPostalCode'),
  weightOz: z
    .number({ error: 'weightOz must be a number of ounces' })
    .positive('weightOz must be above 0')
    .max(MAX_WEIGHT_OZ, `weightOz must be at most ${MAX_WEIGHT_OZ} (70 lb)`),
  lengthIn: Inches('lengthIn'),
  widthIn: Inches('widthIn'),
  heightIn: Inches('heightIn'),
})
export type PartnerPackage = z.infer<typeof PartnerPackage>

// USPS needs dimensions; a package ShipStation sends without them is quoted as a small box.
const DEFAULT_INCHES = 6

/** The package in USPS's units (lb, in), with defaults for missing dimensions. */
export function uspsPackageOf(pkg: PartnerPackage) {
  return {
    weight: Math.round((pkg.weightOz / 16) * 10_000) / 10_000,
    length: pkg.lengthIn ?? DEFAULT_INCHES,
    width: pkg.widthIn ?? DEFAULT_INCHES,
    height: pkg.heightIn ?? DEFAULT_INCHES,
  }
}

/** The tenant clock's date as USPS's `mailingDate` (YYYY-MM-DD, UTC). */
export function mailingDateOf(now: Date): string {
  return now.toISOString().slice(0, 10)
}
