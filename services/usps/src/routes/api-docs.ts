import {
  type ApiOperation,
  apiDocsRoutes,
  CONTROL_OPERATIONS,
  type OpenApiDocument,
  openApiDocument,
  USPS_ERROR,
  USPS_ERROR_MESSAGE,
} from '@partner-sandbox/shared'
import * as z from 'zod'
import { ERROR_CODE_MEANINGS } from '../errors'
import {
  API_V1_OPERATIONS,
  OAUTH_OPERATIONS,
  USPS_CONTROL_OPERATIONS,
} from '../lib/openapi-operations'
import type { UspsRuntime } from '../runtime'
import { LABELS_OPERATIONS } from './labels'
import { PAYMENTS_OPERATIONS } from './payments'
import { PRICES_OPERATIONS } from './prices'

const DOCS_OPERATIONS: ApiOperation[] = [
  {
    method: 'get',
    path: '/openapi.json',
    tag: 'Documentation',
    summary: 'This OpenAPI 3.1 document',
    responses: { '200': { description: 'The document', schema: z.looseObject({}) } },
  },
]

/** Every JSON route of the USPS fake, in the order the docs page shows them. */
export const USPS_OPERATIONS: ApiOperation[] = [
  ...PAYMENTS_OPERATIONS,
  ...PRICES_OPERATIONS,
  ...LABELS_OPERATIONS,
  ...OAUTH_OPERATIONS,
  ...API_V1_OPERATIONS,
  ...CONTROL_OPERATIONS,
  ...USPS_CONTROL_OPERATIONS,
  ...DOCS_OPERATIONS,
]

/** The USPS message error codes the fake answers, as a Markdown table for the docs page. */
export function errorCodeTable(): string {
  const rows = Object.entries(USPS_ERROR).map(([name, code]) => {
    const message = USPS_ERROR_MESSAGE[code] ?? name.toLowerCase().replaceAll('_', ' ')
    return `| ${code} | ${message.replaceAll('|', '\\|')} |`
  })
  return ['| code | message |', '| --- | --- |', ...rows].join('\n')
}

/** The `code` values of this service's problem+json answers, as a Markdown table. */
function problemCodeTable(): string {
  const rows = Object.entries(ERROR_CODE_MEANINGS).map(
    ([code, meaning]) => `| ${code} | ${meaning} |`,
  )
  return ['| code | meaning |', '| --- | --- |', ...rows].join('\n')
}

/**
 * The USPS fake's OpenAPI document: the USPS APIs v3 it fakes (Payments, Prices, Labels, OAuth),
 * the JSON twins of the portal and the control API.
 */
export function uspsOpenApiDocument(runtime: Pick<UspsRuntime, 'baseUrl'>): OpenApiDocument {
  return openApiDocument(
    {
      title: 'USPS Business Portal and APIs v3 (Partner Sandbox)',
      version: '3.0-sandbox',
      description: [
        'A fake of the USPS APIs v3 used for NSA onboarding: OAuth 2.0, Payments, Domestic Prices and Domestic Labels, with the Business Portal as JSON under `/api/v1` and the sandbox control API under `/__sandbox`. Labels are samples, watermarked SAMPLE - NOT FOR MAILING; nothing is ever charged for real.',
        "Send `X-Sandbox-Tenant: <name>` for a state of your own. The USPS APIs answer errors in USPS's envelope `{apiVersion, error: {code, message, errors: [{status, code, title, detail, source}]}}`; OAuth in RFC 6749 `{error, error_description}`; everything else in RFC 9457 problem+json.",
        '### USPS error codes this fake answers',
        errorCodeTable(),
        '### Problem codes (`code` of the problem+json answers of `/api/v1` and `/__sandbox`)',
        'Shared by every service: `validation_failed` (400, with `errors[]` naming each field), `not_found`, `unauthorized`, `forbidden`, `conflict`, `invalid_token`, `card_expired`, `card_declined`. The USPS fake adds:',
        problemCodeTable(),
      ].join('\n\n'),
      servers: [{ url: runtime.baseUrl, description: 'This sandbox' }],
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'Access token from POST /oauth2/v3/token',
        },
        clientBasic: { type: 'http', scheme: 'basic', description: 'client_id:client_secret' },
        session: {
          type: 'http',
          scheme: 'bearer',
          description: 'sessionToken from /api/v1/sessions or /api/v1/registrations',
        },
      },
    },
    USPS_OPERATIONS,
  )
}

/** `GET /openapi.json` and `GET /docs` for the USPS service. */
export function uspsApiDocsRoutes(runtime: UspsRuntime) {
  return apiDocsRoutes({
    service: 'usps',
    title: 'USPS APIs v3',
    document: () => uspsOpenApiDocument(runtime),
  })
}
