import { randomUUID } from 'node:crypto'
import * as z from 'zod'
import type { ServiceName } from '../peer'
import type { TenantStore } from '../store/store'

const FAULTS = 'sandbox_faults'
const MAX_DELAY_MS = 60_000

const Times = z.int().min(1).max(10_000)
const Delay = z.union([
  z.int().min(0).max(MAX_DELAY_MS),
  z
    .tuple([z.int().min(0).max(MAX_DELAY_MS), z.int().min(0).max(MAX_DELAY_MS)])
    .refine(([min, max]) => min <= max, 'Write delayMs as [min, max] with min <= max.'),
])

/** What an edge fault does to a matching request, in the order: delay, then drop or answer. */
export const EdgeEffect = z.object({
  status: z.int().min(200).max(599).optional(),
  body: z.unknown().optional(),
  headers: z.record(z.string().min(1), z.string()).optional(),
  delayMs: Delay.optional(),
  drop: z.boolean().optional(),
  malformed: z.boolean().optional(),
})
export type EdgeEffect = z.infer<typeof EdgeEffect>

/** `POST /__sandbox/faults` with a method and path: an edge fault of this service. */
export const EdgeFaultInput = EdgeEffect.extend({
  method: z
    .string()
    .regex(/^([A-Za-z]+|\*)$/, 'Use an HTTP method such as "POST", or "*" for any.')
    .transform((m) => m.toUpperCase())
    .optional(),
  path: z
    .string()
    .regex(/^\/[^?#]*$/, 'Give a path starting with "/", without a query; it may end in "*".')
    .refine((p) => !p.startsWith('/__sandbox'), 'The control API (/__sandbox) is never faulted.'),
  times: Times.optional(),
})
  .strict()
  .refine((f) => !(f.drop && (f.status || f.body !== undefined || f.malformed || f.headers)), {
    message: 'drop closes the connection: it cannot also send a status, body or headers.',
    path: ['drop'],
  })
  .refine((f) => f.drop || f.malformed || f.status || f.delayMs !== undefined, {
    message: 'Say what the fault does: status, drop, malformed or delayMs.',
    path: ['status'],
  })
export type EdgeFaultInput = z.infer<typeof EdgeFaultInput>

/** An installed fault, as `GET /__sandbox/faults` lists it. */
export interface Fault extends EdgeEffect {
  id: string
  service: ServiceName
  /** Catalogue name when installed by name. */
  name?: string
  summary?: string
  /** `edge`: answered before the routes; `flag`: a rule of the service's domain checks it. */
  kind: 'edge' | 'flag'
  method?: string
  path?: string
  /** null: until removed. */
  times: number | null
  remaining: number | null
  hits: number
  createdAt: string
}

export type NewFault = Omit<Fault, 'id' | 'remaining' | 'hits' | 'createdAt'>

/**
 * Installs a fault for this tenant. Faults live in the tenant's store, so they hold across a
 * restart and `POST /__sandbox/reset` removes them with the rest of the tenant.
 *
 * @example
 * await addFault(store, { service: 'usps', kind: 'edge', method: 'POST', path: '/oauth2/v3/token', status: 503, times: 2 }, new Date())
 */
export async function addFault(store: TenantStore, fault: NewFault, now: Date): Promise<Fault> {
  const installed: Fault = {
    ...fault,
    id: `flt_${randomUUID().slice(0, 8)}`,
    remaining: fault.times,
    hits: 0,
    createdAt: now.toISOString(),
  }
  await store.put(FAULTS, installed.id, installed)
  return installed
}

export function listFaults(store: TenantStore): Promise<Fault[]> {
  return store.list<Fault>(FAULTS)
}

export function removeFault(store: TenantStore, id: string): Promise<boolean> {
  return store.delete(FAULTS, id)
}

export async function clearFaults(store: TenantStore): Promise<number> {
  const faults = await listFaults(store)
  await Promise.all(faults.map((f) => store.delete(FAULTS, f.id)))
  return faults.length
}

/**
 * Uses the first fault that `matches` once: counts the hit and removes it when its `times` run
 * out. The read-modify-write is atomic per fault, so two requests never share the last use.
 */
export async function takeFault(
  store: TenantStore,
  matches: (fault: Fault) => boolean,
): Promise<Fault | undefined> {
  for (const candidate of await listFaults(store)) {
    if (!matches(candidate)) continue
    let taken: Fault | undefined
    await store.update<Fault>(FAULTS, candidate.id, (current) => {
      if (!current || current.remaining === 0) return current
      taken = {
        ...current,
        hits: current.hits + 1,
        remaining: current.remaining === null ? null : current.remaining - 1,
      }
      return taken.remaining === 0 ? undefined : taken
    })
    if (taken) return taken
  }
  return undefined
}

/**
 * For rules of a service's domain: true (and one use counted) when the named flag fault is
 * installed for this tenant, e.g. USPS's payment authorization checks `usps.epa-inactive`.
 *
 * @example
 * if (await takeFaultFlag(store, 'usps.epa-inactive')) throw epaNotActive()
 */
export async function takeFaultFlag(store: TenantStore, name: string): Promise<boolean> {
  return (await takeFault(store, (f) => f.kind === 'flag' && f.name === name)) !== undefined
}

/** An edge fault applies to the request when its method (or `*`) and path (or prefix*) match. */
export function edgeFaultMatches(fault: Fault, method: string, path: string): boolean {
  if (fault.kind !== 'edge' || !fault.path) return false
  if (fault.method && fault.method !== '*' && fault.method !== method) return false
  return fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path
}
