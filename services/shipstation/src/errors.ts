import { type ErrorStatus, type FieldError, SandboxError } from '@partner-sandbox/shared'

/** Stable codes of the failures only ShipStation raises. */
export const ERROR_CODES = [
  'invalid_promo_code',
  'email_taken',
  'invalid_credentials',
  'wrong_code',
  'code_expired',
  'too_many_attempts',
  'no_code_pending',
  'invalid_verification_link',
  'step_out_of_order',
  'prompts_not_due',
  'cop_status_conflict',
  'unknown_event',
  'unknown_account',
  'nothing_to_dismiss',
  'insufficient_funds',
  'unknown_shipment',
  'unknown_rate',
  'unknown_label',
  'label_already_voided',
  'shipment_has_label',
  'invalid_api_key',
  'unknown_api_key',
  'unknown_webhook',
  'no_payment_method',
  'carrier_refused',
  'unknown_carrier',
  'webhook_event_conflict',
  'sign_in_locked',
  'too_many_resends',
  'insufficient_funds',
  'invalid_api_key',
  'unknown_api_key',
  'no_payment_method',
  'promo_code_expired',
  'promo_code_used',
  'fixture_failed',
] as const

export type ShipStationErrorCode = (typeof ERROR_CODES)[number]

/** Base of ShipStation's own errors; `field` puts the message beside that form field. */
export class ShipStationError extends SandboxError {
  constructor(
    code: ShipStationErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options: { field?: string; cause?: unknown } = {},
  ) {
    const fieldErrors: FieldError[] =
      options.field === undefined ? [] : [{ field: options.field, message: detail }]
    super(code, status, title, detail, { cause: options.cause, fieldErrors })
  }
}

export class InvalidPromoCodeError extends ShipStationError {
  constructor(code: string) {
    super(
      'invalid_promo_code',
      400,
      'Invalid promo code',
      `The promo code ${code} is not valid. Use the promo code your USPS representative gave you.`,
      { field: 'promoCode' },
    )
  }
}

export class EmailTakenError extends ShipStationError {
  constructor(email: string) {
    super(
      'email_taken',
      409,
      'Email already registered',
      `An account with the email ${email} already exists. Sign in instead, or use another email.`,
      { field: 'email' },
    )
  }
}

export class InvalidCredentialsError extends ShipStationError {
  constructor() {
    super(
      'invalid_credentials',
      401,
      'Sign-in failed',
      'The email or password is not correct. Check both and try again.',
      { field: '' },
    )
  }
}

/** Too many wrong passwords: the account (known or not) is locked for a while. */
export class SignInLockedError extends ShipStationError {
  constructor(detail: string) {
    super('sign_in_locked', 429, 'Sign-in locked', detail, { field: '' })
  }
}

/** "Resend code" used up for now. */
export class TooManyResendsError extends ShipStationError {
  constructor(detail: string) {
    super('too_many_resends', 429, 'Too many new codes', detail, { field: 'code' })
  }
}

export class WrongCodeError extends ShipStationError {
  constructor(attemptsLeft: number) {
    super(
      'wrong_code',
      400,
      'Wrong code',
      `That code is not correct. Check the latest message and try again (${attemptsLeft} ${
        attemptsLeft === 1 ? 'attempt' : 'attempts'
      } left).`,
      { field: 'code' },
    )
  }
}

export class CodeExpiredError extends ShipStationError {
  constructor() {
    super(
      'code_expired',
      400,
      'Code expired',
      'This code has expired. Choose "Resend code" to get a new one.',
      { field: 'code' },
    )
  }
}

export class TooManyAttemptsError extends ShipStationError {
  constructor() {
    super(
      'too_many_attempts',
      429,
      'Too many wrong codes',
      'Too many wrong codes were entered. Choose "Resend code" to get a new code.',
      { field: 'code' },
    )
  }
}

export class NoCodePendingError extends ShipStationError {
  constructor() {
    super(
      'no_code_pending',
      409,
      'No code sent',
      'No verification code is waiting. Choose "Resend code" to get one.',
      { field: 'code' },
    )
  }
}

export class InvalidVerificationLinkError extends ShipStationError {
  constructor(reason: 'unknown' | 'expired') {
    super(
      'invalid_verification_link',
      400,
      'Verification link not valid',
      reason === 'expired'
        ? 'This verification link has expired. Sign in and choose "Resend code" to get a new one.'
        : 'This verification link is not valid (it may have been replaced by a newer one). Use the latest email, or sign in and choose "Resend code".',
    )
  }
}

export class StepOutOfOrderError extends ShipStationError {
  constructor(detail: string) {
    super('step_out_of_order', 409, 'Step not available yet', detail)
  }
}

export class PromptsNotDueError extends ShipStationError {
  constructor(detail: string) {
    super('prompts_not_due', 409, 'USPS connection not available', detail)
  }
}

export class CopStatusConflictError extends ShipStationError {
  constructor(from: string, event: string) {
    super(
      'cop_status_conflict',
      409,
      'Event out of order',
      `The event ${event} cannot apply to an account whose COP status is ${from}.`,
    )
  }
}

export class UnknownEventError extends ShipStationError {
  constructor(event: string, known: readonly string[]) {
    super(
      'unknown_event',
      422,
      'Unknown event',
      `ShipStation does not handle the event "${event}". Known events: ${known.join(', ')}.`,
    )
  }
}

export class UnknownAccountError extends ShipStationError {
  constructor(accountId: string) {
    super(
      'unknown_account',
      404,
      'Unknown account',
      `No ShipStation account has the id ${accountId}.`,
    )
  }
}

export class NothingToDismissError extends ShipStationError {
  constructor(detail: string) {
    super('nothing_to_dismiss', 409, 'Nothing to dismiss', detail)
  }
}

/** The ShipStation Balance cannot pay (amounts in cents). */
export class InsufficientFundsError extends ShipStationError {
  constructor(neededCents: number, balanceCents: number) {
    const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`
    super(
      'insufficient_funds',
      402,
      'Insufficient funds',
      `Insufficient funds. Add funds to continue. (The label costs ${dollars(neededCents)}; your ShipStation Balance is ${dollars(balanceCents)}.)`,
    )
  }
}

export class UnknownShipmentError extends ShipStationError {
  constructor(id: string) {
    super(
      'unknown_shipment',
      404,
      'Unknown shipment',
      `No shipment of this account has the id ${id}.`,
    )
  }
}

export class UnknownRateError extends ShipStationError {
  constructor(id: string) {
    super(
      'unknown_rate',
      404,
      'Unknown rate',
      `No rate of this account has the id ${id}. Get rates again and choose one of them.`,
    )
  }
}

export class UnknownLabelError extends ShipStationError {
  constructor(id: string) {
    super('unknown_label', 404, 'Unknown label', `No label of this account has the id ${id}.`)
  }
}

export class LabelAlreadyVoidedError extends ShipStationError {
  constructor(id: string) {
    super(
      'label_already_voided',
      409,
      'Label already voided',
      `The label ${id} was already voided and refunded.`,
    )
  }
}

/** A rate of a shipment that already has its label: one label per shipment, as in ShipStation. */
export class ShipmentHasLabelError extends ShipStationError {
  constructor(shipmentId: string, labelId: string) {
    super(
      'shipment_has_label',
      409,
      'Label already bought',
      `The shipment ${shipmentId} already has the label ${labelId}. Ask for rates again to buy another label.`,
    )
  }
}

/** No `API-Key` header, or a key that was never issued or was revoked. */
export class InvalidApiKeyError extends ShipStationError {
  constructor() {
    super(
      'invalid_api_key',
      401,
      'API key not valid',
      'Send a valid key in the API-Key header. Create one under Settings > API Keys (/settings/api-keys); revoked keys stop working at once.',
    )
  }
}

export class UnknownApiKeyError extends ShipStationError {
  constructor(id: string) {
    super(
      'unknown_api_key',
      404,
      'Unknown API key',
      `This account has no API key with the id ${id}.`,
    )
  }
}

export class UnknownWebhookError extends ShipStationError {
  constructor(id: string) {
    super(
      'unknown_webhook',
      404,
      'Unknown webhook',
      `This account has no webhook with the id ${id}.`,
    )
  }
}

export class NoPaymentMethodError extends ShipStationError {
  constructor() {
    super(
      'no_payment_method',
      409,
      'No payment method',
      'Add a payment method to your ShipStation Balance (/balance) before adding funds.',
    )
  }
}

/** A promo code past its expiry on the sandbox clock. */
export class PromoCodeExpiredError extends ShipStationError {
  constructor(code: string, expiresAt: string) {
    super(
      'promo_code_expired',
      400,
      'Promo code expired',
      `The promo code ${code} expired on ${expiresAt.slice(0, 10)}. Ask your USPS representative for a new one.`,
      { field: 'promoCode' },
    )
  }
}

/** Stamps.com (or USPS behind it) refused the rate or label request; its reason is kept. */
export class CarrierRefusedError extends ShipStationError {
  readonly carrierCode: string
  constructor(carrierCode: string, detail: string, status: ErrorStatus = 422) {
    super('carrier_refused', status, 'The carrier refused the request', detail)
    this.carrierCode = carrierCode
  }
}

export class UnknownCarrierError extends ShipStationError {
  constructor(id: string) {
    super(
      'unknown_carrier',
      404,
      'Unknown carrier',
      `This account has no carrier with the id ${id}. GET /v2/carriers lists them.`,
    )
  }
}

/** A single-use promo code that already created an account. */
export class PromoCodeUsedError extends ShipStationError {
  constructor(code: string) {
    super(
      'promo_code_used',
      409,
      'Promo code already used',
      `The promo code ${code} was already used to create a ShipStation account; each code works once. Ask your USPS representative for a new one, or sign in to the account it created.`,
      { field: 'promoCode' },
    )
  }
}

/** A fixture could not be built (a step refused, or a partner's event did not arrive). */
export class FixtureFailedError extends ShipStationError {
  constructor(detail: string) {
    super('fixture_failed', 502, 'Fixture not created', detail)
  }
}
export class WebhookEventConflictError extends ShipStationError {
  constructor(event: string, webhookId: string) {
    super(
      'webhook_event_conflict',
      409,
      'Webhook already registered',
      `The webhook ${webhookId} already receives "${event}" events. Change its url (PUT /v2/environment/webhooks/${webhookId}) or delete it first.`,
    )
  }
}
