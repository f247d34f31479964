import * as z from 'zod'

const text = (label: string, max = 100) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `Use at most ${max} characters for the ${label}.`)
const optionalText = (max = 100) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined))

/** A US address as ShipStation API v2 spells it (`shipping_address`). */
export const ShipAddress = z.object({
  name: text('name'),
  phone: text('phone number', 30),
  company_name: optionalText(),
  address_line1: text('street address'),
  address_line2: optionalText(),
  city_locality: text('city'),
  state_province: z
    .string({ error: 'Enter the two-letter state code, e.g. TX.' })
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'Enter the two-letter state code, e.g. TX.')
    .transform((s) => s.toUpperCase()),
  postal_code: z
    .string({ error: 'Enter the ZIP code.' })
    .trim()
    .regex(/^\d{5}(-\d{4})?$/, 'Enter a US ZIP code: 5 digits, or ZIP+4 (78731-1234).'),
  country_code: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === 'US', 'USPS domestic services ship within the US: use country_code US.')
    .default('US'),
  address_residential_indicator: z.enum(['unknown', 'yes', 'no']).default('unknown'),
})
export type ShipAddress = z.infer<typeof ShipAddress>

/** The address as Stamps.com's back channel takes it. */
export function stampsAddressOf(address: ShipAddress) {
  return {
    name: address.name,
    ...(address.company_name ? { company: address.company_name } : {}),
    addressLine1: address.address_line1,
    ...(address.address_line2 ? { addressLine2: address.address_line2 } : {}),
    city: address.city_locality,
    state: address.state_province,
    postalCode: address.postal_code,
  }
}
