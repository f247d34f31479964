/**
 * USPS's published message error codes (from USPS's error inventory for the Payments 3.0 API,
 * copied from the reference `usps-errors-payments.tsv`), named once: the USPS fake answers with
 * them, and its callers (Stamps.com) map them to messages for customers. `%s` marks where USPS puts
 * a value.
 */
export const USPS_ERROR = {
  /** Could not find an EPS Account with number: %s. */
  EPS_ACCOUNT_NOT_FOUND: '100001',
  /** Your EPS Account is not Active. */
  EPS_ACCOUNT_NOT_ACTIVE: '100002',
  /** Your EPS Account does not have a Primary Payment Method. */
  EPS_NO_PRIMARY_PAYMENT_METHOD: '100003',
  /** EPS Primary Payment Method is not Active (e.g. ACH still Pending). */
  EPS_PAYMENT_METHOD_NOT_ACTIVE: '100004',
  /** We are having trouble validating your credit card, please try again later. */
  CARD_VALIDATION_UNAVAILABLE: '100005',
  /** We are having trouble validating your credit card, please check your credit card details. */
  CARD_VALIDATION_FAILED: '100006',
  /** Your Trust balance has insufficient funds. */
  INSUFFICIENT_FUNDS: '100007',
  PERMIT_ZIP_REQUIRED: '160215',
  ROLE_REQUIRES_CRID: '160218',
  ROLE_WITHOUT_NAME: '160219',
  ROLE_REQUIRES_PERMIT_OR_EPS: '160220',
  ROLE_REQUIRES_MID: '160221',
  ROLE_REQUIRES_MANIFEST_MID: '160222',
  ROLE_REQUIRES_ACCOUNT_TYPE: '160223',
  ROLE_REQUIRES_ACCOUNT_NUMBER: '160224',
  ROLE_REQUIRES_PERMIT_NUMBER: '160225',
  ROLE_REQUIRES_PERMIT_ZIP: '160226',
  DUPLICATE_ROLES: '160227',
  PAYER_REQUIRED: '160228',
  LABEL_OWNER_REQUIRED: '160229',
  MAIL_OWNER_REQUIRED: '160254',
  METER_REQUIRES_ACCOUNT_NUMBER: '160289',
  METER_PRICING_PC_POSTAGE_ONLY: '160290',
  LABEL_PROVIDER_EPS_ONLY: '160372',
  ROLE_REQUIRES_ACCOUNT_TYPE_OF: '160390',
  // Domestic Prices 3.0 (usps-errors-prices.tsv).
  /** Could not find zone from provided ZIPs, date, and mail class */
  ZONE_NOT_FOUND: '030001',
  /** Package weight does not qualify for this product. */
  WEIGHT_NOT_QUALIFIED: '030004',
  /** Package size exceeds maximum allowed for mail class */
  SIZE_EXCEEDS_MAXIMUM: '030008',
  /** One or more required field(s) are missing from the request */
  REQUIRED_FIELD_MISSING: '030010',
  /** An approved contract could not be found for <mailClass>. Please contact a sales representative. */
  NO_APPROVED_CONTRACT: '160212',
  // Domestic Labels 3.0 (usps-errors-labels.tsv).
  /** PC Postage Provider is not configured. */
  PC_POSTAGE_NOT_CONFIGURED: '160259',
  /** Must be enrolled in USPS Ship Outbound in order to create labels */
  NOT_ENROLLED_SHIP_OUTBOUND: '160302',
  /** PAYER role required */
  PAYER_ROLE_REQUIRED: '160369',
  /** Tracking number not found for a mailing date within the last 45 days */
  TRACKING_NUMBER_NOT_FOUND: '160378',
  /** ... is already canceled */
  LABEL_ALREADY_CANCELED: '160363',
  /** The trackingNumber is not associated with your mailer profile */
  LABEL_NOT_YOURS: '160383',
} as const

export type UspsErrorName = keyof typeof USPS_ERROR
export type UspsErrorCodeValue = (typeof USPS_ERROR)[UspsErrorName]

/** USPS's own wording for the codes whose text the fake answers verbatim. */
export const USPS_ERROR_MESSAGE: Partial<Record<UspsErrorCodeValue, string>> = {
  '100001': 'Could not find an EPS Account with number: %s.',
  '100002': 'Your EPS Account is not Active, please check your account and try again.',
  '100003':
    'Your EPS Account does not have a Primary Payment Method, please check your account and try again.',
  '100004':
    'EPS Primary Payment Method is not Active, please check your payment method and try again.',
  '100005': 'We are having trouble validating your credit card, please try again later.',
  '100006':
    'We are having trouble validating your credit card, please check your credit card details and try again.',
  '100007':
    'Your Trust balance has insufficient funds. Please fund your Trust balance and try again.',
}

/** USPS's message for `code` with `%s` filled in. */
export function uspsErrorMessage(code: UspsErrorCodeValue, value = ''): string {
  return (USPS_ERROR_MESSAGE[code] ?? code).replace('%s', value)
}
