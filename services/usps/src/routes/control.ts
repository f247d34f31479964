import {
  deliverPendingEvents,
  enqueueEvent,
  parseInput,
  readBody,
  type SandboxEnv,
  signEvent,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { approveNsaLink, listNsaLinks } from '../domain/nsa-link'
import { findClient } from '../domain/oauth-clients'
import { NewClientInput, registerClient } from '../domain/register-client'
import type { UspsRuntime } from '../runtime'

/** USPS's own control API beside the shared one: NSA link approval and OAuth client registration. */
export function controlRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/__sandbox/nsa-links', async (c) => c.json(await listNsaLinks(c.var)))
    .post('/__sandbox/nsa-links/:id/approve', async (c) => {
      const link = await approveNsaLink(c.var, c.req.param('id'))
      const client = await findClient(c.var.store, runtime.clients, link.clientId)
      if (client?.events) {
        const token = await signEvent(await runtime.keys(), {
          issuer: runtime.baseUrl,
          audience: runtime.peers[client.events.peer].baseUrl,
          tenant: c.var.tenant,
          subject: link.uspsAccountId,
          event: 'nsa_link.approved',
          data: {
            linkId: link.id,
            crid: link.crid,
            mid: link.mid,
            epsNumber: link.epsNumber,
            uspsAccountId: link.uspsAccountId,
          },
          clock: c.var.clock,
        })
        await enqueueEvent(c.var.store, c.var.clock, { ...client.events, token })
        // Delivery failures stay pending for the event pump; the approval itself stands.
        await deliverPendingEvents(c.var.store, runtime.peers)
      }
      return c.json(link)
    })
    .post('/__sandbox/oauth-clients', async (c) => {
      const input = parseInput(NewClientInput, await readBody(c))
      const client = await registerClient(c.var.store, runtime.clients, input)
      return c.json(
        {
          clientId: client.id,
          clientSecret: client.secret,
          name: client.name,
          type: client.type,
          redirectUris: client.redirectUris,
          allowLoopbackRedirects: client.allowLoopbackRedirects,
          scopes: client.scopes,
        },
        201,
      )
    })
}
