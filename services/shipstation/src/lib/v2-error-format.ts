import { randomUUID } from 'node:crypto'
import type { ErrorFormat, SandboxError } from '@partner-sandbox/shared'
import { CarrierRefusedError } from '../errors'

type ErrorSource = 'ShipStation' | 'carrier'
type ErrorType =
  | 'account_status'
  | 'business_rules'
  | 'validation'
  | 'security'
  | 'system'
  | 'integrations'

/** ShipStation API v2's `error` object, as its OpenAPI document (`error_response_body`) has it. */
export interface V2Error {
  error_source: ErrorSource
  error_type: ErrorType
  error_code: string
  message: string
}

// Our error codes as v2's (error_type, error_code); anything else is a validation failure.
const BY_CODE: Record<string, [ErrorType, string]> = {
  validation_failed: ['validation', 'invalid_field_value'],
  invalid_api_key: ['security', 'unauthorized'],
  unauthorized: ['security', 'unauthorized'],
  insufficient_funds: ['business_rules', 'insufficient_funds'],
  no_payment_method: ['business_rules', 'invalid_billing_plan'],
  unknown_shipment: ['validation', 'invalid_identifier'],
  unknown_rate: ['validation', 'invalid_identifier'],
  unknown_label: ['validation', 'invalid_identifier'],
  unknown_carrier: ['validation', 'invalid_identifier'],
  unknown_webhook: ['validation', 'invalid_identifier'],
  not_found: ['validation', 'invalid_identifier'],
  label_already_voided: ['business_rules', 'invalid_status'],
  shipment_has_label: ['business_rules', 'invalid_status'],
  webhook_event_conflict: ['business_rules', 'webhook_event_type_conflict'],
  peer_unavailable: ['integrations', 'unspecified'],
  internal_error: ['system', 'unspecified'],
}

// The statuses the document gives v2 errors: 400, 401 (repair R4), 404, 409 (webhooks), 500.
function v2Status(error: SandboxError, path: string): 400 | 401 | 404 | 409 | 500 {
  if (error.status >= 500) return 500
  if (error.status === 401) return 401
  if (error.status === 404 && path !== '/v2/rates') return 404
  if (error.status === 409 && path.startsWith('/v2/environment/webhooks')) return 409
  return 400
}

/** The v2 `error` object of one of our errors. */
export function v2ErrorOf(error: SandboxError): V2Error {
  if (error instanceof CarrierRefusedError) {
    return {
      error_source: 'carrier',
      error_type: 'business_rules',
      error_code: error.carrierCode === 'nsa_not_active' ? 'carrier_not_connected' : 'unspecified',
      message: error.message,
    }
  }
  const [errorType, errorCode] = BY_CODE[error.code] ?? ['validation', 'invalid_field_value']
  const source: ErrorSource = error.code === 'peer_unavailable' ? 'carrier' : 'ShipStation'
  return {
    error_source: source,
    error_type: errorType,
    error_code: errorCode,
    message: error.message,
  }
}

/**
 * ShipStation API v2's error envelope (`{request_id, errors: [...]}`), installed with shared
 * `errorFormat()` on `/v2/*`. Statuses are the ones the document lists for its operations.
 *
 * @example
 * app.use('/v2/*', errorFormat(v2ErrorFormat))
 */
export const v2ErrorFormat: ErrorFormat = (error, c) =>
  c.json({ request_id: randomUUID(), errors: [v2ErrorOf(error)] }, v2Status(error, c.req.path))
