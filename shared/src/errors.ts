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

/**
 * The base of an error class that only fixes code, status and title: `new NotFoundError(detail)`.
 * The subclass keeps its own name (SandboxError derives `name` from it).
 */
function failure(code: SandboxErrorCode, status: ErrorStatus, title: string) {
  return class extends SandboxError {
    constructor(detail: string, options?: SandboxErrorOptions) {
      super(code, status, title, detail, options)
    }
  }
}

export class NotFoundError extends failure('not_found', 404, 'Not found') {}
export class UnauthorizedError extends failure('unauthorized', 401, 'Unauthorized') {}
export class ForbiddenError extends failure('forbidden', 403, 'Forbidden') {}
export class ConflictError extends failure('conflict', 409, 'Conflict') {}
export class InvalidTokenError extends failure('invalid_token', 401, 'Invalid token') {}
export class TokenReplayedError extends failure('token_replayed', 401, 'Token already used') {}
export class PeerUnavailableError extends failure(
  'peer_unavailable',
  502,
  'Partner service unavailable',
) {}

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
