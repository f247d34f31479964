import { z } from 'zod'
import { ClockChange } from './clock'
import { PendingEvent } from './event-outbox'
import type { ApiOperation } from './openapi'
import { problemAnswer } from './openapi'
import { OutboxMessage } from './outbox'

const TAG = 'Control API (sandbox only)'
const ClockState = z.object({ now: z.iso.datetime(), tenant: z.string() })

/**
 * The operations of the control API every service mounts (`createControlRoutes`), for each
 * service's OpenAPI document.
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
    summary: 'Advance (`{"advance":"48h"}`) or set (`{"set":"<ISO time>"}`) the clock',
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
]
