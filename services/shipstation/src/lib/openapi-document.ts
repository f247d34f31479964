// ShipStation's OpenAPI 3.1 document at /openapi.json: the /v2 routes the sandbox serves (their
// bodies are the published ShipStation v2 schemas, see openapi/REPAIRS.md), the JSON twins
// under /api/v1, and the control API: the shared operations of every service plus ShipStation's
// own, from the zod schemas their routes parse with (ADR 0007).
import {
  type ApiOperation,
  CONTROL_OPERATIONS,
  looseOperation,
  openApiPaths,
  problemAnswer,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import { NewPromoCode } from '../domain/promo-codes'
import { ShipStationFixtureInput } from '../domain/shipstation-fixture'

type Operation = {
  summary: string
  tags: string[]
  security?: { [k: string]: [] }[]
  responses: Record<string, { description: string }>
}

const API_KEY = [{ api_key: [] as [] }]
const v2 = (summary: string, statuses: Record<string, string>): Operation => ({
  summary,
  tags: ['ShipStation API v2'],
  security: API_KEY,
  responses: Object.fromEntries(Object.entries(statuses).map(([s, d]) => [s, { description: d }])),
})
const v1 = (summary: string): Operation => ({
  summary,
  tags: ['JSON twins of the pages'],
  responses: { '200': { description: 'OK' }, '4XX': { description: 'problem+json' } },
})
const ERRORS = {
  '400': 'The request contained errors: `{request_id, errors[]}`',
  '401': 'Missing, unknown or revoked API-Key',
  '500': 'Stamps.com or USPS could not be reached',
}

const CONTROL = 'Control API (sandbox only)'

/** ShipStation's own `/__sandbox` routes, beside the shared ones. */
const SHIPSTATION_CONTROL_OPERATIONS: ApiOperation[] = [
  looseOperation('get', '/__sandbox/promo-codes', 'The promo codes registration accepts', CONTROL),
  {
    method: 'post',
    path: '/__sandbox/promo-codes',
    tag: CONTROL,
    summary: 'Add a promo code (as if USPS had minted it)',
    body: NewPromoCode,
    responses: {
      '201': { description: 'The code', schema: z.looseObject({ code: z.string() }) },
      '400': problemAnswer('Not a promo code'),
    },
  },
  {
    method: 'post',
    path: '/__sandbox/fixtures/shipstation-accounts',
    tag: CONTROL,
    summary: 'A ShipStation account at a given step, signed in',
    body: ShipStationFixtureInput,
    responses: {
      '201': { description: 'The account and how to sign in', schema: z.looseObject({}) },
      '4XX': problemAnswer('Refused: what is wrong and what to do'),
    },
  },
  {
    method: 'get',
    path: '/__sandbox/webhook-deliveries',
    tag: CONTROL,
    summary: 'Webhook deliveries of the tenant with status and attempts',
    query: z.object({ accountId: z.string().optional().describe('Only this account') }),
    responses: {
      '200': { description: 'Deliveries', schema: z.object({ deliveries: z.array(z.unknown()) }) },
    },
  },
  looseOperation(
    'post',
    '/__sandbox/webhook-deliveries/retry',
    'Run the webhook retries due now on the tenant clock',
    CONTROL,
  ),
]

/** The document served at `/openapi.json` (its routes build it once, on first ask). */
export const openApiDocument = () =>
  ({
    openapi: '3.1.0',
    info: {
      title: 'ShipStation (Partner Sandbox)',
      version: '2.0.0-sandbox',
      description:
        'A fake of ShipStation API v2 for USPS NSA rates and labels. Bodies, ids (`se-...`) and errors follow ShipStation\'s published v2 document. Webhook deliveries are signed: `X-ShipStation-Webhook-Signature: v1=<hex HMAC-SHA256 of "<X-ShipStation-Webhook-Timestamp>.<body>">` keyed with the account\'s webhook signing secret (Settings > API Keys). Sandbox extension: webhook events `label_created` and `label_voided`.',
    },
    components: {
      securitySchemes: { api_key: { type: 'apiKey', in: 'header', name: 'API-Key' } },
    },
    paths: {
      '/v2/carriers': {
        get: v2('List carriers (stamps_com; its balance is the ShipStation Balance)', {
          '200': 'Carriers',
          ...ERRORS,
        }),
      },
      '/v2/carriers/{carrier_id}/add_funds': {
        put: v2(
          'Add funds to the ShipStation Balance (`{currency, amount}`; Idempotency-Key honoured)',
          { '200': '`{balance: {currency, amount}}`', '404': 'Unknown carrier', ...ERRORS },
        ),
      },
      '/v2/rates': {
        post: v2('Get USPS rates (negotiated_rate: true on NSA rates after approval)', {
          '200': 'Shipment and rate_response',
          ...ERRORS,
        }),
      },
      '/v2/labels': {
        post: v2('Purchase a label (Idempotency-Key honoured)', {
          '200': 'The label',
          '404': 'Unknown carrier',
          ...ERRORS,
        }),
      },
      '/v2/labels/rates/{rate_id}': {
        post: v2('Purchase the label of a rate', {
          '200': 'The label',
          '404': 'Unknown rate',
          ...ERRORS,
        }),
      },
      '/v2/labels/{label_id}': {
        get: v2('Get a label', {
          '200': 'The label',
          '404': 'No such label (empty body)',
          ...ERRORS,
        }),
      },
      '/v2/labels/{label_id}/void': {
        put: v2('Void a label; refunds the Balance or the USPS EPA', {
          '200': '`{approved, message, reason_code?}`',
          '404': 'Unknown label',
          ...ERRORS,
        }),
      },
      '/v2/environment/webhooks': {
        get: v2('List webhooks', { '200': 'Webhooks', ...ERRORS }),
        post: v2('Create a webhook (answer header X-ShipStation-Webhook-Secret)', {
          '200': 'The webhook',
          '409': 'The event already has a webhook',
          ...ERRORS,
        }),
      },
      '/v2/environment/webhooks/{webhook_id}': {
        get: v2('Get a webhook', { '200': 'The webhook', '404': 'Unknown webhook', ...ERRORS }),
        put: v2('Update a webhook url or headers', {
          '204': 'Updated',
          '404': 'Unknown webhook',
          ...ERRORS,
        }),
        delete: v2('Delete a webhook', { '204': 'Deleted', '404': 'Unknown webhook', ...ERRORS }),
      },
      '/api/v1/sessions': { post: v1('Sign in: `{email, password}` -> `{sessionToken}`') },
      '/api/v1/accounts': { post: v1('Register with a promo code') },
      '/api/v1/account': { get: v1('The signed-in account, its prompts and NSA status') },
      '/api/v1/account/email-verification': { post: v1('Verify the email code') },
      '/api/v1/account/phone-verification': { post: v1('Verify the SMS code') },
      '/api/v1/balance/payment-methods': { post: v1('Add a card to the ShipStation Balance') },
      ...openApiPaths([...CONTROL_OPERATIONS, ...SHIPSTATION_CONTROL_OPERATIONS]),
    },
  }) as const
