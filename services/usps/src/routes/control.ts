import {
  deliverEventNow,
  deliverPendingEvents,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { approveNsaLink } from '../domain/approve-nsa-link'
import {
  getContract,
  NsaContractInput,
  requireLinkedEps,
  saveContract,
} from '../domain/nsa-contract'
import { listNsaLinks } from '../domain/nsa-link'
import { listPromoCodes, MintPromoCodeInput, mintPromoCode } from '../domain/promo-code'
import { NewClientInput, registerClient } from '../domain/register-client'
import { RejectNsaLinkInput, rejectNsaLink } from '../domain/reject-nsa-link'
import { DeskFilterInput, deskRows } from '../domain/rep-desk'
import { createUspsAccountFixture, UspsAccountFixtureInput } from '../domain/usps-account-fixture'
import { domainContext, type UspsRuntime } from '../runtime'

/**
 * USPS's own control API beside the shared one: the representative's desk as JSON (link
 * requests, approve, reject, contracts, promo codes), fixtures and OAuth client registration.
 */
export function controlRoutes(runtime: UspsRuntime) {
  // Tried at once; a failure stays pending for the event pump and the decision itself stands.
  // The answer says which, so the caller knows whether Stamps.com has heard.
  const deliver = async (c: SandboxContext, eventId: string | undefined) =>
    eventId ? { event: await deliverEventNow(c.var.store, runtime.peers, eventId) } : {}
  const approve = async (c: SandboxContext) => {
    const ctx = domainContext(c, runtime)
    const { link, eventId } = await approveNsaLink(ctx, runtime, c.req.param('id') ?? '')
    return c.json({ ...link, ...(await deliver(c, eventId)) })
  }
  return new Hono<SandboxEnv>()
    .get('/__sandbox/nsa-links', async (c) => c.json(await listNsaLinks(c.var)))
    .post('/__sandbox/nsa-links/:id/approve', approve)
    .get('/__sandbox/rep/links', async (c) => {
      const filter = parseInput(DeskFilterInput, c.req.query())
      const rows = await deskRows(c.var, filter)
      return c.json(
        rows.map((r) => ({
          ...r.link,
          company: r.company,
          email: r.email,
          epaStatus: r.epaStatus,
          canApprove: r.link.status === 'pending' && !r.approvalBlocker,
          approvalBlocker: r.approvalBlocker ?? null,
        })),
      )
    })
    .post('/__sandbox/rep/links/:id/approve', approve)
    .post('/__sandbox/rep/links/:id/reject', async (c) => {
      const input = parseInput(RejectNsaLinkInput, await readBody(c))
      const ctx = domainContext(c, runtime)
      const { link, eventId } = await rejectNsaLink(ctx, runtime, c.req.param('id'), input)
      return c.json({ ...link, ...(await deliver(c, eventId)) })
    })
    .get('/__sandbox/rep/contracts/:eps', async (c) => {
      const eps = c.req.param('eps')
      await requireLinkedEps(c.var, eps)
      return c.json({ epsNumber: eps, ...(await getContract(c.var, eps)) })
    })
    .put('/__sandbox/rep/contracts/:eps', async (c) => {
      const eps = c.req.param('eps')
      const input = parseInput(NsaContractInput, await readBody(c))
      await requireLinkedEps(c.var, eps)
      const contract = await saveContract(domainContext(c, runtime), eps, input)
      return c.json({ epsNumber: eps, ...contract })
    })
    .get('/__sandbox/rep/promo-codes', async (c) => c.json(await listPromoCodes(c.var)))
    .post('/__sandbox/rep/promo-codes', (c) => mint(c))
    .post('/__sandbox/promo-codes', (c) => mint(c))
    .post('/__sandbox/fixtures/usps-accounts', async (c) => {
      const input = parseInput(UspsAccountFixtureInput, await readBody(c))
      const fixture = await createUspsAccountFixture(domainContext(c, runtime), input)
      return c.json(fixture, 201)
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

  async function mint(c: SandboxContext) {
    const input = parseInput(MintPromoCodeInput, await readBody(c))
    const { promo, queued } = await mintPromoCode(domainContext(c, runtime), runtime, input)
    if (queued) await deliverPendingEvents(c.var.store, runtime.peers)
    return c.json(promo, 201)
  }
}
