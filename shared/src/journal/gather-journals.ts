import * as z from 'zod'
import type { ServiceName } from '../peer'
import { urlOf } from '../peer'
import { TENANT_HEADER } from '../requested-tenant'
import type { PeerDirectory } from '../service-app'
import type { Journal, JournalEntry } from './journal'
import { filterOf, type JournalQuery } from './journal-query'

const SERVICES = ['shipstation', 'stamps', 'usps'] as const
const CALLERS = ['browser', ...SERVICES] as const

// A peer's answer is input like any other: checked before it is drawn.
const PeerJournal = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      service: z.enum(SERVICES),
      tenant: z.string(),
      caller: z.enum(CALLERS),
      at: z.string(),
      startedAt: z.number(),
      method: z.string(),
      url: z.string(),
      path: z.string(),
      requestHeaders: z.record(z.string(), z.string()),
      requestBytes: z.number(),
      status: z.number(),
      responseHeaders: z.record(z.string(), z.string()),
      responseBytes: z.number().nullable(),
      durationMs: z.number(),
      tokens: z.array(
        z.object({
          where: z.string(),
          kind: z.string(),
          header: z.record(z.string(), z.unknown()),
          claims: z.record(z.string(), z.unknown()),
        }),
      ),
      fault: z.object({ id: z.string(), name: z.string().optional() }).optional(),
    }),
  ),
})

export interface GatheredJournals {
  /** Every service's entries for the tenant, newest first. */
  entries: JournalEntry[]
  /** Peers whose journal could not be fetched, and why. */
  missing: { service: ServiceName; reason: string }[]
}

/**
 * This service's journal plus its peers' journals for one tenant, each fetched from the peer's
 * `GET /__sandbox/journal` over the back channel (never from its store), merged newest first.
 *
 * @example
 * const { entries, missing } = await gatherJournals({ journal, service: 'usps', peers }, 'default', {})
 */
export async function gatherJournals(
  own: { journal: Journal; service: ServiceName; peers?: PeerDirectory },
  tenant: string,
  query: JournalQuery,
): Promise<GatheredJournals> {
  const limit = query.limit ?? 200
  const entries = own.journal.list(tenant, filterOf(query)).slice(0, limit)
  const missing: GatheredJournals['missing'] = []
  const others = SERVICES.filter((name) => name !== own.service)
  await Promise.all(
    others.map(async (name) => {
      const peer = own.peers?.[name]
      if (!peer) {
        missing.push({ service: name, reason: 'not configured as a peer of this service' })
        return
      }
      const search = new URLSearchParams({ ...stringsOf(query), limit: String(limit) })
      try {
        const res = await peer.fetch(urlOf(peer.baseUrl, `/__sandbox/journal?${search}`), {
          headers: { accept: 'application/json', [TENANT_HEADER]: tenant },
        })
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        const parsed = PeerJournal.safeParse(await res.json())
        if (!parsed.success) throw new Error('unexpected answer')
        entries.push(...parsed.data.entries)
      } catch (error) {
        missing.push({ service: name, reason: (error as Error).message })
      }
    }),
  )
  entries.sort((a, b) => b.startedAt - a.startedAt)
  return { entries: entries.slice(0, limit), missing }
}

function stringsOf(query: JournalQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filterOf(query)).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  )
}
