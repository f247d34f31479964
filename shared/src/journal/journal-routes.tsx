import { Hono } from 'hono'
import type { SandboxEnv } from '../app-env'
import { parseInput } from '../parse-input'
import type { PeerDirectory } from '../service-app'
import { gatherJournals } from './gather-journals'
import { JOURNAL_LIMIT, type Journal } from './journal'
import { JournalPage } from './journal-page'
import { filterOf, JournalQuery } from './journal-query'

export interface JournalRoutesOptions {
  journal: Journal
  service: import('../peer').ServiceName
  /** The other services, whose journals the HTML view fetches over the back channel. */
  peers?: PeerDirectory
}

/**
 * `/__sandbox/journal`: the requests this service received for the tenant, newest first, with
 * filters; `DELETE` clears them; `/count` answers expectations; `/view` is the trainers' page
 * across the three services.
 *
 * @example
 * app.route('/__sandbox', journalRoutes({ journal, service: 'usps', peers }))
 */
export function journalRoutes({ journal, service, peers }: JournalRoutesOptions) {
  return new Hono<SandboxEnv>()
    .get('/journal', (c) => {
      const query = parseInput(JournalQuery, c.req.query())
      const entries = journal.list(c.var.tenant, filterOf(query)).slice(0, query.limit)
      return c.json({ service, tenant: c.var.tenant, limit: JOURNAL_LIMIT, entries })
    })
    .get('/journal/count', (c) => {
      const query = parseInput(JournalQuery, c.req.query())
      return c.json({
        service,
        tenant: c.var.tenant,
        count: journal.count(c.var.tenant, filterOf(query)),
      })
    })
    .delete('/journal', (c) => {
      const removed = journal.clear(c.var.tenant)
      return c.json({ service, tenant: c.var.tenant, removed })
    })
    .get('/journal/view', async (c) => {
      const query = parseInput(JournalQuery, c.req.query())
      const gathered = await gatherJournals({ journal, service, peers }, c.var.tenant, query)
      return c.html(<JournalPage service={service} tenant={c.var.tenant} {...gathered} />)
    })
}
