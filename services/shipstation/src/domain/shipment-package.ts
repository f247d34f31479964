import * as z from 'zod'

const MAX_WEIGHT_OZ = 70 * 16
const MAX_SIDE_IN = 108

const inches = (label: string) =>
  z.coerce
    .number({ error: `Enter the ${label} in inches.` })
    .positive(`The ${label} must be above 0 inches.`)
    .max(MAX_SIDE_IN, `The ${label} must be at most ${MAX_SIDE_IN} inches.`)
    .optional()

/** A package's weight (ounces) and optional dimensions (inches). */
export const ShipmentPackage = z.object({
  weightOz: z.coerce
    .number({ error: 'Enter the weight in ounces.' })
    .positive('Enter a weight above 0 ounces.')
    .max(MAX_WEIGHT_OZ, `USPS takes packages up to ${MAX_WEIGHT_OZ} oz (70 lb).`),
  lengthIn: inches('length'),
  widthIn: inches('width'),
  heightIn: inches('height'),
})
export type ShipmentPackage = z.infer<typeof ShipmentPackage>

const OUNCES_PER: Record<'pound' | 'ounce' | 'gram' | 'kilogram', number> = {
  ounce: 1,
  pound: 16,
  gram: 1 / 28.349523125,
  kilogram: 1000 / 28.349523125,
}

/** A v2 `weight` as ounces, to two decimals. */
export function ouncesOf(weight: { value: number; unit: keyof typeof OUNCES_PER }): number {
  return Math.round(weight.value * OUNCES_PER[weight.unit] * 100) / 100
}
