import { deliverEventNow, parseInput, readBody, type SandboxEnv } from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { approveNsaLink } from '../domain/approve-nsa-link'
import { listNsaLinks } from '../domain/nsa-link'
import { NewClientInput, registerClient } from '../domain/register-client'
import { domainContext, type UspsRuntime } from '../runtime'

/** USPS's own control API beside the shared one: NSA link approval and OAuth client registration. */
export function controlRoutes(runtime: UspsRuntime) {
  return new Hono<SandboxEnv>()
    .get('/__sandbox/nsa-links', async (c) => c.json(await listNsaLinks(c.var)))
    .post('/__sandbox/nsa-links/:id/approve', async (c) => {
      const { link, eventId } = await approveNsaLink(
        domainContext(c, runtime),
        runtime,
        c.req.param('id'),
      )
      if (!eventId) return c.json(link)
      // Tried at once; a failure stays pending for the event pump and the approval itself stands.
      // The answer says which, so the caller knows whether Stamps.com has heard.
      const event = await deliverEventNow(c.var.store, runtime.peers, eventId)
      return c.json({ ...link, event })
    })
    .post('/__sandbox/oauth-clients', async (c) => {
      const input = parseInput(NewClientInput, await readBody(c))
      const client = await registerClient(c.var, runtime.clients, input)
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
