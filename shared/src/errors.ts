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
 * RFC 9457 problem+json, HTML forms get the message beside the field.
 */
export class SandboxError extends Error {
  override name = 'SandboxError'
  readonly code: SandboxErrorCode
  readonly status: number
  readonly title: string
  readonly fieldErrors: FieldError[]

  constructor(
    code: SandboxErrorCode,
    status: number,
    title: string,
    detail: string,
    options: SandboxErrorOptions = {},
  ) {
    super(detail, { cause: options.cause })
    this.code = code
    this.status = status
    this.title = title
    this.fieldErrors = options.fieldErrors ?? []
  }
}

export class ValidationError extends SandboxError {
  override name = 'ValidationError'
  constructor(detail: string, fieldErrors: FieldError[], options: SandboxErrorOptions = {}) {
    super('validation_failed', 400, 'Invalid input', detail, { ...options, fieldErrors })
  }

  /** One-field failure, for rules checked after parsing (e.g. an unknown promo code). */
  static forField(field: string, message: string): ValidationError {
    return new ValidationError(message, [{ field, message }])
  }
}

export class NotFoundError extends SandboxError {
  override name = 'NotFoundError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('not_found', 404, 'Not found', detail, options)
  }
}

export class UnauthorizedError extends SandboxError {
  override name = 'UnauthorizedError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('unauthorized', 401, 'Unauthorized', detail, options)
  }
}

export class ForbiddenError extends SandboxError {
  override name = 'ForbiddenError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('forbidden', 403, 'Forbidden', detail, options)
  }
}

export class ConflictError extends SandboxError {
  override name = 'ConflictError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('conflict', 409, 'Conflict', detail, options)
  }
}

export class InvalidTokenError extends SandboxError {
  override name = 'InvalidTokenError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('invalid_token', 401, 'Invalid token', detail, options)
  }
}

export class TokenReplayedError extends SandboxError {
  override name = 'TokenReplayedError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('token_replayed', 401, 'Token already used', detail, options)
  }
}

export class PeerUnavailableError extends SandboxError {
  override name = 'PeerUnavailableError'
  constructor(detail: string, options?: SandboxErrorOptions) {
    super('peer_unavailable', 502, 'Partner service unavailable', detail, options)
  }
}
