import type { ServiceName } from '../peer'
import type { EdgeEffect } from './fault'

/** A named, documented fault: `POST /__sandbox/faults {"name": "...", "times": 2}` installs it. */
export interface CatalogueEntry {
  name: string
  service: ServiceName
  /** One line for the catalogue: what the customer or the caller sees. */
  summary: string
  /** `edge`: the service answers in the API's own wire format before its routes run. */
  kind: 'edge' | 'flag'
  edge?: EdgeEffect & { method: string; path: string }
  /** Uses when `times` is not given; undefined: until removed. */
  defaultTimes?: number
}

/**
 * The reason the representative gives while `usps.rep-rejects` is armed; the customer reads it on
 * Stamps.com and ShipStation, so a test or a trainer can tell it from a real rejection.
 */
export const REP_REJECTS_REASON =
  'The CRID on the request does not match the one on the NSA contract (sandbox fault usps.rep-rejects)'

const OAUTH_UNAVAILABLE = {
  error: 'temporarily_unavailable',
  error_description:
    'The authorization server is temporarily unable to handle the request. Try again later.',
}

const USPS_UNAVAILABLE = {
  apiVersion: '3.0',
  error: {
    code: '503',
    message: 'SERVICE_UNAVAILABLE',
    errors: [
      {
        status: '503',
        code: '503',
        title: 'SERVICE_UNAVAILABLE',
        detail: 'The service is temporarily unavailable. Try again later.',
      },
    ],
  },
}

const problem = (detail: string) => ({
  type: 'https://partner-sandbox.dev/problems/service_unavailable',
  title: 'Service unavailable',
  status: 503,
  detail,
  code: 'service_unavailable',
})

const PROBLEM_HEADERS = { 'content-type': 'application/problem+json', 'retry-after': '1' }

/**
 * The business-fault catalogue (`GET /__sandbox/faults/catalogue`). Edge entries answer in the
 * real API's wire format; flag entries are checked by a rule of the named service's domain.
 */
export const FAULT_CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: 'usps.token-endpoint-down',
    service: 'usps',
    summary:
      'USPS POST /oauth2/v3/token answers 503 temporarily_unavailable (RFC 6749 body): linking the USPS account fails until it is back.',
    kind: 'edge',
    edge: {
      method: 'POST',
      path: '/oauth2/v3/token',
      status: 503,
      body: OAUTH_UNAVAILABLE,
      headers: { 'retry-after': '1', 'cache-control': 'no-store' },
    },
  },
  {
    name: 'usps.payments-down',
    service: 'usps',
    summary:
      'USPS Payments API (/payments/v3/*) answers 503 in the USPS error envelope: entering CRID, MID and EPS fails.',
    kind: 'edge',
    edge: {
      method: '*',
      path: '/payments/v3/*',
      status: 503,
      body: USPS_UNAVAILABLE,
      headers: { 'retry-after': '1' },
    },
  },
  {
    name: 'usps.jwks-unreachable',
    service: 'usps',
    summary:
      'USPS closes the connection on GET /.well-known/jwks.json: a partner that needs USPS keys it has not cached cannot verify USPS tokens.',
    kind: 'edge',
    edge: { method: 'GET', path: '/.well-known/jwks.json', drop: true },
  },
  {
    name: 'usps.consent-denied',
    service: 'usps',
    summary:
      'Authorize and Continue on Grant Auctane Access acts as Cancel: USPS redirects back with error=access_denied.',
    kind: 'flag',
    defaultTimes: 1,
  },
  {
    name: 'usps.mfa-code-expired',
    service: 'usps',
    summary: 'The next one-time sign-in code entered at USPS is refused as expired, even if right.',
    kind: 'flag',
    defaultTimes: 1,
  },
  {
    name: 'usps.epa-inactive',
    service: 'usps',
    summary:
      'USPS payment authorization answers 100002 "Your EPS Account is not Active" for any EPS number.',
    kind: 'flag',
    defaultTimes: 1,
  },
  {
    name: 'usps.rep-rejects',
    service: 'usps',
    summary: `The representative's next approval of an NSA link request (desk or control API) rejects it instead, with the reason "${REP_REJECTS_REASON}": nsa_link.rejected reaches Stamps.com and ShipStation.`,
    kind: 'flag',
    defaultTimes: 1,
  },
  {
    name: 'shipstation.card-declined',
    service: 'shipstation',
    summary: 'The next card added to ShipStation Balance is declined, whatever its number.',
    kind: 'flag',
    defaultTimes: 1,
  },
  {
    name: 'stamps.events-delayed',
    service: 'stamps',
    summary:
      'Stamps.com answers 503 to the next 3 signed events (POST /partner/events): senders keep them and deliver them later.',
    kind: 'edge',
    defaultTimes: 3,
    edge: {
      method: 'POST',
      path: '/partner/events',
      status: 503,
      body: problem('Stamps.com cannot take events right now; the sender should retry.'),
      headers: PROBLEM_HEADERS,
    },
  },
  {
    name: 'shipstation.events-delayed',
    service: 'shipstation',
    summary:
      'ShipStation answers 503 to the next 3 signed events (POST /partner/events): NSA status changes arrive late.',
    kind: 'edge',
    defaultTimes: 3,
    edge: {
      method: 'POST',
      path: '/partner/events',
      status: 503,
      body: problem('ShipStation cannot take events right now; the sender should retry.'),
      headers: PROBLEM_HEADERS,
    },
  },
]

/** The catalogue entry called `name`, or undefined. */
export function catalogueEntry(name: string): CatalogueEntry | undefined {
  return FAULT_CATALOGUE.find((entry) => entry.name === name)
}
