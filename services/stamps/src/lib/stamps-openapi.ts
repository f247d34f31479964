import { CONTROL_OPERATIONS, openApiPaths, SignedEventBody } from '@partner-sandbox/shared'
import * as z from 'zod'
import { SsoTokenInput } from '../domain/accept-sso-token'
import { CopFixtureInput } from '../domain/cop-fixture'
import { SsoChoiceInput } from '../domain/sso-choice'
import { ConnectionIdentifiers } from '../domain/submit-identifiers'
import { UspsCallbackInput } from '../domain/usps-link'
import { ERROR_CODES } from '../errors'
import { jsonSchemaOf } from './json-schema'
import {
  AuthorizeUrlSchema,
  ConnectionSchema,
  CopFixtureSchema,
  EventOutcomeSchema,
  ProblemSchema,
  SessionSchema,
  StepsSchema,
} from './openapi-schemas'

/** One JSON route as the document describes it. */
export interface OperationSpec {
  method: 'get' | 'post' | 'delete'
  path: string
  tag: 'Session' | 'Connection' | 'USPS link' | 'Events' | 'Sandbox'
  summary: string
  /** Sent with the session (cookie or `Authorization: Bearer <sessionToken>`). */
  session?: boolean
  body?: z.ZodType
  /** Status and answer schema of success; `null` for an empty answer. */
  ok: [number, z.ZodType | null]
  errors: number[]
}

/**
 * Every JSON route of Stamps.com, once: the OpenAPI document is built from it and a test checks
 * that it names exactly the app's routes. Extra operations (the fixtures, the partner back
 * channel) are appended by the files that own them.
 */
export const STAMPS_OPERATIONS: OperationSpec[] = [
  {
    method: 'post',
    path: '/api/v1/sso',
    tag: 'Session',
    summary:
      "Sign in with ShipStation's sso+jwt (single use, 60 s); 409 when the session belongs to another account",
    body: SsoTokenInput,
    ok: [200, SessionSchema],
    errors: [400, 401, 409],
  },
  {
    method: 'post',
    path: '/api/v1/sso/choice',
    tag: 'Session',
    summary: 'Answer the 409 of /api/v1/sso: keep the current account or switch to the offered one',
    session: true,
    body: SsoChoiceInput,
    ok: [200, SessionSchema],
    errors: [400, 401],
  },
  {
    method: 'delete',
    path: '/api/v1/sessions/current',
    tag: 'Session',
    summary: 'Sign out',
    session: true,
    ok: [204, null],
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/connection',
    tag: 'Connection',
    summary: 'The COP account: status, whether USPS is linked, the identifiers USPS accepted',
    session: true,
    ok: [200, ConnectionSchema],
    errors: [401],
  },
  {
    method: 'get',
    path: '/api/v1/connection/steps',
    tag: 'Connection',
    summary: "The guide's five steps with their state and the next one",
    session: true,
    ok: [200, StepsSchema],
    errors: [401],
  },
  {
    method: 'post',
    path: '/api/v1/usps/authorization',
    tag: 'USPS link',
    summary: 'Start linking USPS: the authorize URL (state and PKCE S256) to open in a browser',
    session: true,
    ok: [200, AuthorizeUrlSchema],
    errors: [401, 409],
  },
  {
    method: 'post',
    path: '/api/v1/usps/callback',
    tag: 'USPS link',
    summary: 'Finish linking: the code (or error) and state USPS sent back',
    session: true,
    body: UspsCallbackInput,
    ok: [200, ConnectionSchema],
    errors: [400, 401, 409, 502],
  },
  {
    method: 'post',
    path: '/api/v1/connection/identifiers',
    tag: 'Connection',
    summary: 'CRID, MID and EPS Number, checked with USPS payment-authorization',
    session: true,
    body: ConnectionIdentifiers,
    ok: [200, ConnectionSchema],
    errors: [400, 401, 409, 422, 502],
  },
  {
    method: 'post',
    path: '/partner/events',
    tag: 'Events',
    summary: 'Signed USPS events: nsa_link.approved, nsa_link.rejected, nsa_link.revoked',
    body: SignedEventBody,
    ok: [200, EventOutcomeSchema],
    errors: [400, 401, 404, 409, 422],
  },
  // The back channel for ShipStation (docs/contracts/rates-labels-and-events.md): Bearer partner+jwt.
  {
    method: 'post',
    path: '/partner/v1/rates',
    tag: 'Events',
    summary: 'Retail and (once approved) NSA prices from USPS for a ShipStation account',
    body: z.looseObject({}),
    ok: [200, z.looseObject({})],
    errors: [400, 401, 422, 502],
  },
  {
    method: 'post',
    path: '/partner/v1/labels',
    tag: 'Events',
    summary: "An NSA label bought from USPS, charged to the customer's EPA",
    body: z.looseObject({}),
    ok: [201, z.looseObject({})],
    errors: [400, 401, 409, 422, 502],
  },
  {
    method: 'delete',
    path: '/partner/v1/labels/{trackingNumber}',
    tag: 'Events',
    summary: 'Void an NSA label: USPS refunds the EPA',
    ok: [200, z.looseObject({})],
    errors: [401, 404, 422, 502],
  },
  ...sandboxOperations(),
]

// Stamps.com's own control routes; the shared ones (clock, events, journal, faults, snapshots,
// reset, ...) come from CONTROL_OPERATIONS, as on every service.
function sandboxOperations(): OperationSpec[] {
  return [
    {
      method: 'post',
      path: '/__sandbox/fixtures/cop-accounts',
      tag: 'Sandbox',
      summary:
        'A COP account at usps-linked, approval-pending or nsa-active, built through USPS fixtures, the OAuth code flow and (nsa-active) the approval',
      body: CopFixtureInput,
      ok: [201, CopFixtureSchema],
      errors: [400, 409, 502],
    },
  ]
}

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' }

/**
 * The OpenAPI 3.1 document of Stamps.com's JSON routes, request bodies from the same zod schemas
 * the routes parse with, and the control API every service shares (`CONTROL_OPERATIONS`).
 *
 * @example
 * c.json(stampsOpenApi('http://127.0.0.1:4100', STAMPS_OPERATIONS))
 */
export function stampsOpenApi(baseUrl: string, operations: OperationSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const op of operations) {
    const [status, answer] = op.ok
    const responses: Record<string, unknown> = {
      [status]: answer
        ? {
            description: 'Success',
            content: { 'application/json': { schema: jsonSchemaOf(answer, 'output') } },
          }
        : { description: 'Success, no body' },
    }
    for (const code of op.errors) {
      responses[code] = {
        description: 'Refused: RFC 9457 problem details',
        content: { 'application/problem+json': { schema: PROBLEM_REF } },
      }
    }
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}')
    paths[path] ??= {}
    paths[path][op.method] = {
      tags: [op.tag],
      summary: op.summary,
      operationId: `${op.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch?: string) => ch?.toUpperCase() ?? '')}`,
      ...(op.session ? { security: [{ session: [] }, { bearer: [] }] } : {}),
      parameters: [...pathParameters(path), TENANT_PARAMETER],
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchemaOf(op.body, 'input') } },
            },
          }
        : {}),
      responses,
    }
  }
  for (const [path, item] of Object.entries(openApiPaths(CONTROL_OPERATIONS))) {
    if (paths[path])
      throw new TypeError(`OpenAPI: ${path} is both Stamps.com's and the shared one.`)
    paths[path] = item
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Stamps.com Customer Onboarding Portal (Partner Sandbox)',
      version: '1.0.0',
      description: `A fake of Stamps.com's COP for the USPS NSA onboarding. Errors are RFC 9457 problem details; their \`code\` is one of: ${ERROR_CODES.join(', ')}, or a shared code (validation_failed, not_found, unauthorized, peer_unavailable, ...).`,
    },
    servers: [{ url: baseUrl }],
    tags: [...new Set([...operations, ...CONTROL_OPERATIONS].map((o) => o.tag))].map((name) => ({
      name,
    })),
    paths,
    components: {
      schemas: { Problem: jsonSchemaOf(ProblemSchema, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'stamps_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'The sessionToken of /api/v1/sso' },
      },
    },
  }
}

const TENANT_PARAMETER = {
  name: 'X-Sandbox-Tenant',
  in: 'header',
  required: false,
  description: 'Sandbox tenant (letters, digits, - and _); `default` without it',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' },
}

function pathParameters(path: string) {
  return [...path.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
}

export type StampsOpenApiDocument = ReturnType<typeof stampsOpenApi>
