import { USPS_ERROR } from '@partner-sandbox/shared'
import * as z from 'zod'
import { UspsApiError } from '../errors'

export const ROLE_NAMES = [
  'PAYER',
  'RATE_HOLDER',
  'LABEL_OWNER',
  'SHIPPER',
  'MAIL_OWNER',
  'PLATFORM',
  'RETURN_LABEL_PAYER',
  'RETURN_LABEL_RATE_HOLDER',
  'RETURN_LABEL_OWNER',
  'LABEL_PROVIDER',
] as const
const ACCOUNT_TYPES = ['EPS', 'PERMIT', 'METER', 'OMAS']

/** A role as USPS echoes it back; unknown fields are kept for the echo. */
export interface PaymentRole {
  roleName: string
  CRID?: string
  MID?: string
  manifestMID?: string
  accountType?: string
  accountNumber?: string
  [field: string]: unknown
}

// Numbers are accepted for identifiers as JSON clients often send them unquoted.
const id = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .optional()
const RoleShape = z.looseObject({
  roleName: z.string().optional(),
  CRID: id,
  MID: id,
  manifestMID: id,
  accountType: z.string().optional(),
  accountNumber: id,
})
/** The body of `POST /payments/v3/payment-authorization` (the role rules are checked after). */
export const PaymentRolesInput = z.object({ roles: z.array(RoleShape) })

const NEEDS_PAYMENT = new Set([
  'PAYER',
  'RATE_HOLDER',
  'RETURN_LABEL_PAYER',
  'RETURN_LABEL_RATE_HOLDER',
])
const NEEDS_MIDS = new Set(['LABEL_OWNER', 'RETURN_LABEL_OWNER'])

/**
 * Validates `roles` the way USPS does, collecting every failure with its USPS code (160218,
 * 160219, 160221-160224, 160227-160229, 160390) into one 400 envelope.
 */
export function validateRoles(body: unknown): PaymentRole[] {
  const parsed = PaymentRolesInput.safeParse(body)
  if (!parsed.success) {
    throw UspsApiError.badRequest([
      { code: USPS_ERROR.PAYER_REQUIRED, detail: 'PAYER is required' },
      { code: USPS_ERROR.LABEL_OWNER_REQUIRED, detail: 'LABEL_OWNER is required' },
    ])
  }
  const roles = parsed.data.roles
  const errors: { code: string; detail: string }[] = []
  const seen = new Set<string>()
  for (const role of roles) {
    const name = role.roleName?.trim()
    if (!name) {
      errors.push({
        code: USPS_ERROR.ROLE_WITHOUT_NAME,
        detail: 'Cannot have a role without roleName',
      })
      continue
    }
    if (!(ROLE_NAMES as readonly string[]).includes(name)) {
      errors.push({ code: USPS_ERROR.ROLE_WITHOUT_NAME, detail: `${name} is not a valid roleName` })
      continue
    }
    if (seen.has(name))
      errors.push({ code: USPS_ERROR.DUPLICATE_ROLES, detail: 'no duplicate roles allowed' })
    seen.add(name)
    if (!role.CRID)
      errors.push({ code: USPS_ERROR.ROLE_REQUIRES_CRID, detail: `${name} requires CRID` })
    if (NEEDS_MIDS.has(name)) {
      if (!role.MID)
        errors.push({ code: USPS_ERROR.ROLE_REQUIRES_MID, detail: `${name} requires MID` })
      if (!role.manifestMID)
        errors.push({
          code: USPS_ERROR.ROLE_REQUIRES_MANIFEST_MID,
          detail: `${name} requires manifestMID`,
        })
    }
    if (NEEDS_PAYMENT.has(name) && !role.accountType) {
      errors.push({
        code: USPS_ERROR.ROLE_REQUIRES_ACCOUNT_TYPE,
        detail: `${name} requires accountType`,
      })
    } else if (role.accountType && !ACCOUNT_TYPES.includes(role.accountType)) {
      errors.push({
        code: USPS_ERROR.ROLE_REQUIRES_ACCOUNT_TYPE_OF,
        detail: `${name} requires accountType of PERMIT, METER, OMAS, or EPS`,
      })
    } else if (role.accountType === 'EPS' && !role.accountNumber) {
      errors.push({
        code: USPS_ERROR.ROLE_REQUIRES_ACCOUNT_NUMBER,
        detail: `${name} requires accountNumber when accountType is EPS`,
      })
    }
  }
  if (!seen.has('PAYER'))
    errors.push({ code: USPS_ERROR.PAYER_REQUIRED, detail: 'PAYER is required' })
  if (!seen.has('LABEL_OWNER'))
    errors.push({ code: USPS_ERROR.LABEL_OWNER_REQUIRED, detail: 'LABEL_OWNER is required' })
  if (errors.length > 0) throw UspsApiError.badRequest(errors)
  return roles as PaymentRole[]
}
