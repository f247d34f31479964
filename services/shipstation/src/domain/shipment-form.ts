import { type FieldError, ValidationError } from '@partner-sandbox/shared'
import * as z from 'zod'
import { ShipAddress } from './ship-address'
import { ShipmentPackage } from './shipment-package'
import type { ShipmentInput } from './shipments'

const ADDRESS_FIELDS = [
  'name',
  'phone',
  'company_name',
  'address_line1',
  'address_line2',
  'city_locality',
  'state_province',
  'postal_code',
] as const
const PACKAGE_FIELDS = ['weightOz', 'lengthIn', 'widthIn', 'heightIn'] as const

/** Every field of the "Create label" form: `from_*`, `to_*`, then the package. */
export const SHIPMENT_FORM_FIELDS = [
  ...ADDRESS_FIELDS.map((f) => `from_${f}`),
  ...ADDRESS_FIELDS.map((f) => `to_${f}`),
  ...PACKAGE_FIELDS,
]

const Input = z.object({ shipFrom: ShipAddress, shipTo: ShipAddress, package: ShipmentPackage })

const blankAsMissing = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

function addressOf(body: Record<string, unknown>, prefix: string) {
  return Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, blankAsMissing(body[`${prefix}${f}`])]))
}

// zod names a field by its path (`shipTo.postal_code`); the form names it `to_postal_code`.
function formFieldOf(path: string): string {
  return path
    .replace(/^shipFrom\./, 'from_')
    .replace(/^shipTo\./, 'to_')
    .replace(/^package\./, '')
}

/**
 * The "Create label" form as a shipment input; a refusal names each form field (`to_postal_code`)
 * so the message shows beside it.
 *
 * @example
 * const input = shipmentFormInput(await readBody(c))
 */
export function shipmentFormInput(body: Record<string, unknown>): ShipmentInput {
  const result = Input.safeParse({
    shipFrom: addressOf(body, 'from_'),
    shipTo: { ...addressOf(body, 'to_'), address_residential_indicator: 'yes' },
    package: Object.fromEntries(PACKAGE_FIELDS.map((f) => [f, blankAsMissing(body[f])])),
  })
  if (result.success) return result.data
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: formFieldOf(issue.path.map(String).join('.')),
    message: issue.message,
  }))
  throw new ValidationError(fieldErrors.map((e) => e.message).join(' '), fieldErrors)
}
