import * as z from 'zod'
import { ClockChange } from './clock'
import { PendingEvent } from './event-outbox'
import type { ApiOperation } from './openapi'
import { openApiPath, problemAnswer } from './openapi'
import { OutboxMessage } from './outbox'

const TAG = 'Control API (sandbox only)'
const ClockState = z.object({ now: z.iso.datetime(), tenant: z.string() })

/** Control routes that answer pages (the journal view, the admin sign-in), not JSON: no part of a document. */
const CONTROL_PAGE_ROUTES = new Set([
  'get /__sandbox/journal/view',
  'get /__sandbox/sign-in',
  'post /__sandbox/sign-in',
  'post /__sandbox/sign-out',
])

/**
 * The JSON control routes an app mounts, as `<method> <OpenAPI path>`: what its `/openapi.json`
 * must document.
 *
 * @example
 * controlRoutesOf(app) // ['get /__sandbox/health', 'post /__sandbox/clock', ...]
 */
export function controlRoutesOf(app: { routes: { method: string; path: string }[] }): string[] {
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/__sandbox/'))
    .map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`)
  return [...new Set(routes)].filter((r) => !CONTROL_PAGE_ROUTES.has(r))
}

/**
 * The operations of the control API every service mounts (`createControlRoutes`), for each
 * service's OpenAPI document: USPS assembles them with `openApiDocument`, ShipStation and
 * Stamps.com add `openApiPaths(CONTROL_OPERATIONS)` to theirs.
 *
 * @example
 * openApiDocument(info, [...CONTROL_OPERATIONS, ...ownOperations])
 */
export const CONTROL_OPERATIONS: ApiOperation[] = [
  {
    method: 'get',
    path: '/__sandbox/health',
    tag: TAG,
    summary: 'Is the service up',
    responses: {
      '200': {
        description: 'Up',
        schema: z.object({ status: z.literal('ok'), service: z.string() }),
      },
    },
  },
  {
    method: 'get',
    path: '/__sandbox/outbox',
    tag: TAG,
    summary: 'Emails and SMS the service "sent", newest first (HTML for browsers)',
    query: z.object({ to: z.string().optional().describe('Only messages to this address') }),
    responses: { '200': { description: 'Messages', schema: z.array(OutboxMessage) } },
  },
  {
    method: 'get',
    path: '/__sandbox/clock',
    tag: TAG,
    summary: "The tenant's virtual clock",
    responses: { '200': { description: 'Now', schema: ClockState } },
  },
  {
    method: 'post',
    path: '/__sandbox/clock',
    tag: TAG,
    summary:
      'Move the tenant\'s one clock on every service: `{"advance":"48h"}` (forward only), `{"set":"<ISO time>"}` or `{"freeze": true|false}`; the answer names each peer synced or unreachable',
    body: ClockChange,
    responses: {
      '200': { description: 'Now', schema: ClockState },
      '400': problemAnswer('Not a duration or time'),
    },
  },
  {
    method: 'post',
    path: '/__sandbox/reset',
    tag: TAG,
    summary: "Empty the tenant's state",
    responses: {
      '200': {
        description: 'Reset',
        schema: z.object({ status: z.literal('reset'), service: z.string(), tenant: z.string() }),
      },
    },
  },
  {
    method: 'get',
    path: '/__sandbox/events',
    tag: TAG,
    summary: 'Signed events sent to other services, with delivery status',
    responses: { '200': { description: 'Events', schema: z.array(PendingEvent) } },
  },

  ...(
    [
      ['get', '/__sandbox/journal', 'Requests between the services, newest first'],
      ['get', '/__sandbox/journal/count', 'How many requests the journal holds'],
      ['delete', '/__sandbox/journal', 'Empty the journal'],
      ['get', '/__sandbox/faults/catalogue', 'The faults that can be injected'],
      ['get', '/__sandbox/faults', 'Faults armed for this tenant'],
      ['post', '/__sandbox/faults', 'Arm a fault (a route answers an error, slowly or not at all)'],
      ['delete', '/__sandbox/faults/:id', 'Disarm one fault'],
      ['delete', '/__sandbox/faults', 'Disarm every fault'],
      [
        'post',
        '/__sandbox/tenant-tokens',
        'A token for one tenant (a trainee reads only their own)',
      ],
      ['post', '/__sandbox/clock/sync', "Take the tenant's clock from a peer"],
      ['post', '/__sandbox/events/:id/redeliver', 'Send one signed event again now'],
      ['get', '/__sandbox/snapshots', "The tenant's snapshots"],
      ['post', '/__sandbox/snapshots', "Save the tenant's whole world under a name"],
      ['post', '/__sandbox/snapshots/:name/restore', 'Put a snapshot back'],
      ['post', '/__sandbox/snapshots/:name/fork', 'Copy a snapshot into a new tenant'],
      ['delete', '/__sandbox/snapshots/:name', 'Delete a snapshot'],
    ] as const
  ).map(([method, path, summary]) => looseOperation(method, path, summary)),
]

/**
 * A control route documented by its path and purpose only: JSON in and out, problem+json errors
 * (its body is validated by the route's own schema).
 */
export function looseOperation(
  method: ApiOperation['method'],
  path: string,
  summary: string,
  tag = TAG,
): ApiOperation {
  const names = [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '')
  return {
    method,
    path,
    tag,
    summary,
    ...(names.length > 0
      ? { params: z.object(Object.fromEntries(names.map((n) => [n, z.string()]))) }
      : {}),
    ...(method === 'post' || method === 'put' ? { body: z.looseObject({}) } : {}),
    responses: {
      '200': { description: 'Done', schema: z.unknown() },
      '4XX': problemAnswer('Refused: what is wrong and what to do'),
    },
  }
}
