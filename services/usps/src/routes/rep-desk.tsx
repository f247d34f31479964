import {
  deliverPendingEvents,
  onFormError,
  parseInput,
  readBody,
  type SandboxContext,
  type SandboxEnv,
} from '@partner-sandbox/shared'
import { Hono } from 'hono'
import { approveNsaLink } from '../domain/approve-nsa-link'
import {
  getContract,
  MAIL_CLASSES,
  NsaContractInput,
  requireLinkedEps,
  saveContract,
} from '../domain/nsa-contract'
import { listPromoCodes, MintPromoCodeInput, mintPromoCode } from '../domain/promo-code'
import { RejectNsaLinkInput, rejectNsaLink } from '../domain/reject-nsa-link'
import { DeskFilterInput, deskRows } from '../domain/rep-desk'
import { RepContractPage } from '../pages/rep-contract'
import { RepDeskPage } from '../pages/rep-desk'
import { RepPromoCodesPage } from '../pages/rep-promo-codes'
import { domainContext, type UspsRuntime } from '../runtime'

/** The form's flat `discounts.PRIORITY_MAIL` fields as the contract's nested object. */
const contractBody = (body: Record<string, unknown>) => ({
  name: body.name,
  discounts: Object.fromEntries(MAIL_CLASSES.map((m) => [m, body[`discounts.${m}`]])),
})

/**
 * The USPS sales representative's desk (`/rep`): link requests with Approve and Reject, each
 * customer's NSA contract, and promo codes. A sandbox page: no sign-in, like the control API.
 */
export function repDeskRoutes(runtime: UspsRuntime) {
  const deskAfterError = (c: SandboxContext, linkId: string) =>
    onFormError(c, async (error) => (
      <RepDeskPage rows={await deskRows(c.var, {})} error={error} errorFor={linkId} />
    ))
  // Delivery failures stay pending for the event pump; the decision itself stands.
  const deliver = (c: SandboxContext, pending: string | boolean | undefined) =>
    pending ? deliverPendingEvents(c.var.store, runtime.peers) : Promise.resolve([])
  return new Hono<SandboxEnv>()
    .get('/rep', async (c) => {
      const query = c.req.query()
      onFormError(c, async (error) => (
        <RepDeskPage rows={await deskRows(c.var, {})} error={error} />
      ))
      const filter = parseInput(DeskFilterInput, query)
      const rows = await deskRows(c.var, filter)
      return c.html(<RepDeskPage rows={rows} state={filter.state} q={filter.q} />)
    })
    .post('/rep/links/:id/approve', async (c) => {
      const id = c.req.param('id')
      deskAfterError(c, id)
      const { eventId } = await approveNsaLink(domainContext(c, runtime), runtime, id)
      await deliver(c, eventId)
      return c.redirect('/rep')
    })
    .post('/rep/links/:id/reject', async (c) => {
      const id = c.req.param('id')
      deskAfterError(c, id)
      const input = parseInput(RejectNsaLinkInput, await readBody(c))
      const { eventId } = await rejectNsaLink(domainContext(c, runtime), runtime, id, input)
      await deliver(c, eventId)
      return c.redirect('/rep')
    })
    .get('/rep/contracts/:eps', async (c) => {
      const eps = c.req.param('eps')
      await requireLinkedEps(c.var, eps)
      const contract = await getContract(c.var, eps)
      return c.html(
        <RepContractPage
          epsNumber={eps}
          contract={contract}
          saved={c.req.query('saved') === '1'}
        />,
      )
    })
    .post('/rep/contracts/:eps', async (c) => {
      const eps = c.req.param('eps')
      await requireLinkedEps(c.var, eps)
      const body = await readBody(c)
      const contract = await getContract(c.var, eps)
      onFormError(c, (error) => (
        <RepContractPage epsNumber={eps} contract={contract} values={body} error={error} />
      ))
      const input = parseInput(NsaContractInput, contractBody(body))
      await saveContract(domainContext(c, runtime), eps, input)
      return c.redirect(`/rep/contracts/${eps}?saved=1`)
    })
    .get('/rep/promo-codes', async (c) =>
      c.html(<RepPromoCodesPage codes={await listPromoCodes(c.var)} />),
    )
    .post('/rep/promo-codes', async (c) => {
      const body = await readBody(c)
      const codes = await listPromoCodes(c.var)
      onFormError(c, (error) => <RepPromoCodesPage codes={codes} values={body} error={error} />)
      const input = parseInput(MintPromoCodeInput, body)
      const { promo, queued } = await mintPromoCode(domainContext(c, runtime), runtime, input)
      await deliver(c, queued)
      return c.html(<RepPromoCodesPage codes={await listPromoCodes(c.var)} minted={promo} />, 201)
    })
}
