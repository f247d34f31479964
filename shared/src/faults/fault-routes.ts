import { Hono } from 'hono'
import * as z from 'zod'
import type { SandboxContext, SandboxEnv } from '../app-env'
import { NotFoundError, PeerUnavailableError, ValidationError } from '../errors'
import { parseInput } from '../parse-input'
import { type ServiceName, urlOf } from '../peer'
import { readBody } from '../read-body'
import { TENANT_HEADER } from '../requested-tenant'
import type { PeerDirectory } from '../service-app'
import { addFault, clearFaults, EdgeFaultInput, listFaults, removeFault } from './fault'
import { catalogueEntry, FAULT_CATALOGUE } from './fault-catalogue'

export interface FaultRoutesOptions {
  service: ServiceName
  /** Where a catalogue fault of another service is installed, over the back channel. */
  peers?: PeerDirectory
  /** Wall-clock time for `createdAt`. */
  now?: () => Date
}

const NamedFaultInput = z
  .object({
    name: z.string().min(1),
    times: z.int().min(1).max(10_000).optional(),
  })
  .strict()

/**
 * `/__sandbox/faults`: install (`POST`, by method and path or by catalogue name), list, remove one
 * or all of this tenant's faults, and `GET /faults/catalogue`. A catalogue fault of another service
 * is installed there: the call is passed to that peer's own `POST /__sandbox/faults`.
 *
 * @example
 * app.route('/__sandbox', faultRoutes({ service: 'usps', peers }))
 */
export function faultRoutes({ service, peers, now = () => new Date() }: FaultRoutesOptions) {
  return new Hono<SandboxEnv>()
    .get('/faults/catalogue', (c) =>
      c.json(
        FAULT_CATALOGUE.map(({ name, service, summary, kind, defaultTimes }) => ({
          name,
          service,
          summary,
          kind,
          defaultTimes: defaultTimes ?? null,
        })),
      ),
    )
    .get('/faults', async (c) => c.json(await listFaults(c.var.store)))
    .post('/faults', async (c) => {
      const body = await readBody(c)
      if ('name' in body) return installNamed(c, parseInput(NamedFaultInput, body))
      const { times, ...edge } = parseInput(EdgeFaultInput, body)
      const fault = await addFault(
        c.var.store,
        { ...edge, service, kind: 'edge', times: times ?? null },
        now(),
      )
      return c.json(fault, 201)
    })
    .delete('/faults/:id', async (c) => {
      const id = c.req.param('id')
      if (!(await removeFault(c.var.store, id))) {
        throw new NotFoundError(
          `No fault ${id} for tenant ${c.var.tenant}; GET /__sandbox/faults lists them.`,
        )
      }
      return c.json({ removed: 1, id })
    })
    .delete('/faults', async (c) => c.json({ removed: await clearFaults(c.var.store) }))

  async function installNamed(c: SandboxContext, input: z.infer<typeof NamedFaultInput>) {
    const entry = catalogueEntry(input.name)
    if (!entry) {
      const names = FAULT_CATALOGUE.map((e) => e.name).join(', ')
      throw ValidationError.forField(
        'name',
        `No fault "${input.name}" in the catalogue; use one of ${names}.`,
      )
    }
    if (entry.service !== service) return forward(c, entry.service, input)
    const fault = await addFault(
      c.var.store,
      {
        ...(entry.edge ?? {}),
        service,
        kind: entry.kind,
        name: entry.name,
        summary: entry.summary,
        times: input.times ?? entry.defaultTimes ?? null,
      },
      now(),
    )
    return c.json(fault, 201)
  }

  async function forward(c: SandboxContext, to: ServiceName, input: unknown) {
    const peer = peers?.[to]
    if (!peer) {
      throw ValidationError.forField(
        'name',
        `Install this fault on ${to}: POST /__sandbox/faults there.`,
      )
    }
    let res: Response
    try {
      res = await peer.fetch(urlOf(peer.baseUrl, '/__sandbox/faults'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TENANT_HEADER]: c.var.tenant },
        body: JSON.stringify(input),
      })
    } catch (cause) {
      throw new PeerUnavailableError(
        `${to} could not be reached to install the fault; is it running?`,
        { cause },
      )
    }
    return new Response(await res.text(), {
      status: res.status,
      headers: { 'content-type': res.headers.get('content-type') ?? 'application/json' },
    })
  }
}
