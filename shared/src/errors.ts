import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** The HTTP statuses an error can answer with (those that carry a body). */
export type ErrorStatus = ContentfulStatusCode

/** Stable codes of the failures every service shares; services add their own in their errors.ts. */
export type SandboxErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'invalid_token'
  | 'token_replayed'
  | 'peer_unavailable'
  | 'internal_error'
  | 'http_error'
  | 'card_expired'
  | 'card_declined'
  | (string & {})

export interface FieldError {
  /** Dotted path of the offending field, '' for the whole input. */
  field: string
  message: string
}

export interface SandboxErrorOptions {
  cause?: unknown
  fieldErrors?: FieldError[]
}

/**
 * Base of every error a service raises on purpose. Rendered in one place (`handleError`): APIs get
 * RFC 9457 problem+json (or the wire format their route group set), HTML forms get the message
 * beside the field. `name` is the subclass's own name, derived here once.
 */
export class SandboxError extends Error {
  readonly code: SandboxErrorCode
  readonly status: ErrorStatus
  readonly title: string
  readonly fieldErrors: FieldError[]

  constructor(
    code: SandboxErrorCode,
    status: ErrorStatus,
    title: string,
    detail: string,
    options: SandboxErrorOptions = {},
  ) {
    super(detail, { cause: options.cause })
    this.name = new.target.name
    this.code = code
    this.status = status
    this.title = title
    this.fieldErrors = options.fieldErrors ?? []
  }
}

export class ValidationError extends SandboxError {
  constructor(detail: string, fieldErrors: FieldError[], options: SandboxErrorOptions = {}) {
    super('validation_failed', 400, 'Invalid input', detail, { ...options, fieldErrors })
  }

  /** One-field failure, for rules checked after parsing (e.g. an unknown promo code). */
  static forField(field: string, message: string): ValidationError {
    return new ValidationError(message, [{ field, message }])
  }
}

export class NotFoundError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('not_found', 404, 'Not found', detail, options)
  }
}

export class UnauthorizedError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('unauthorized', 401, 'Unauthorized', detail, options)
  }
}

export class ForbiddenError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('forbidden', 403, 'Forbidden', detail, options)
  }
}

export class ConflictError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('conflict', 409, 'Conflict', detail, options)
  }
}

export class InvalidTokenError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('invalid_token', 401, 'Invalid token', detail, options)
  }
}

export class TokenReplayedError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('token_replayed', 401, 'Token already used', detail, options)
  }
}

export class PeerUnavailableError extends SandboxError {
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('peer_unavailable', 502, 'Partner service unavailable', detail, options)
  }
}

export class CardExpiredError extends SandboxError {
  constructor(expiry: string) {
    const detail = `This card expired (${expiry}). Use a card that is still valid.`
    super('card_expired', 400, 'Card expired', detail, {
      fieldErrors: [{ field: 'expiry', message: detail }],
    })
  }
}

export class CardDeclinedError extends SandboxError {
  constructor() {
    const detail = `Your card was declined. Use another card (test card: 4242 4242 4242 4242).`
    super('card_declined', 402, 'Card declined', detail, {
      fieldErrors: [{ field: 'cardNumber', message: detail }],
    })
  }
}
