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
  'sign_in_locked',
  'too_many_resends',
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
